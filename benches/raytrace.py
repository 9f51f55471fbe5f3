# A small recursive ray tracer: a Vec class with operator dunders
# (__add__, __sub__, __mul__, __neg__, __truediv__), spheres and planes
# behind a Shape base class, point lights with shadow rays, checkerboard and
# flat materials, reflections, rendering a small image and summing pixels.
import math

WIDTH = 112
HEIGHT = 84
EPS = 1e-6


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self / self.length()

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))


BLACK = Vec(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=20, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, size, **kw):
        super().__init__(color, **kw)
        self.other = other
        self.size = size

    def color_at(self, point):
        cell = math.floor(point.x / self.size) + math.floor(point.z / self.size)
        return self.color if cell % 2 == 0 else self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPS:
            return t
        t = -b + root
        if t > EPS:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center) / self.radius


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPS:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPS else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, shapes, lights, ambient):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.rays = 0

    def nearest(self, ray):
        best_t = None
        best = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, shape
        return best, best_t

    def shadowed(self, point, light):
        to_light = light.position - point
        dist = to_light.length()
        ray = Ray(point, to_light)
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        self.rays += 1
        shape, t = self.nearest(ray)
        if shape is None:
            # sky gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 0.9) * k + Vec(1.0, 1.0, 1.0) * (1.0 - k)
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0:
            normal = -normal
        mat = shape.material
        base = mat.color_at(point)
        color = base.mul(self.ambient)
        for light in self.lights:
            if self.shadowed(point + normal * 1e-4, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color = color + base.mul(light.color) * (mat.diffuse * lambert)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0:
                    color = color + light.color * (mat.specular * spec ** mat.shininess)
        if mat.reflect > 0 and depth < 3:
            bounce = Ray(point + normal * 1e-4, ray.direction.reflect(normal))
            color = color * (1 - mat.reflect) + self.trace(bounce, depth + 1) * mat.reflect
        return color


class Camera:
    def __init__(self, eye, target, up, fov, width, height):
        self.eye = eye
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half = math.tan(math.radians(fov) / 2)
        self.width = width
        self.height = height

    def ray(self, px, py):
        aspect = self.width / self.height
        sx = (2 * (px + 0.5) / self.width - 1) * self.half * aspect
        sy = (1 - 2 * (py + 0.5) / self.height) * self.half
        return Ray(self.eye, self.forward + self.right * sx + self.up * sy)


def build_scene():
    shapes = [
        Plane(Vec(0, 0, 0), Vec(0, 1, 0), Checker(Vec(0.9, 0.9, 0.9), Vec(0.2, 0.2, 0.25), 1.0, reflect=0.2)),
        Sphere(Vec(0, 1, 3), 1.0, Material(Vec(0.9, 0.2, 0.2), reflect=0.3)),
        Sphere(Vec(-2.2, 0.7, 4), 0.7, Material(Vec(0.2, 0.8, 0.3), specular=0.6, shininess=50)),
        Sphere(Vec(2.0, 0.5, 2.5), 0.5, Material(Vec(0.2, 0.3, 0.9), reflect=0.6)),
        Sphere(Vec(0.8, 2.4, 5), 0.6, Material(Vec(0.9, 0.8, 0.1))),
    ]
    lights = [Light(Vec(-4, 6, -2), Vec(0.8, 0.8, 0.8)), Light(Vec(5, 4, 0), Vec(0.4, 0.35, 0.3))]
    return Scene(shapes, lights, Vec(0.1, 0.1, 0.12))


def render(scene, camera):
    rows = []
    for py in range(camera.height):
        row = []
        for px in range(camera.width):
            c = scene.trace(camera.ray(px, py), 0)
            row.append((min(255, int(c.x * 255)), min(255, int(c.y * 255)), min(255, int(c.z * 255))))
        rows.append(row)
    return rows


scene = build_scene()
total = 0
for frame in range(4):
    eye = Vec(-1.0 + 0.7 * frame, 1.6, -3.0)
    cam = Camera(eye, Vec(0, 1, 3), Vec(0, 1, 0), 60, WIDTH, HEIGHT)
    image = render(scene, cam)
    frame_sum = sum(r + 2 * g + 3 * b for row in image for (r, g, b) in row)
    total = total * 7 + frame_sum
    if frame == 0:
        print(image[HEIGHT // 2][WIDTH // 2], image[5][5], image[HEIGHT - 3][WIDTH - 3])
print(scene.rays, total)
