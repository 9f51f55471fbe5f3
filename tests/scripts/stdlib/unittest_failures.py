# unittest.main(): progress, failures and errors with tracebacks, skips,
# expected failures and subtests on stderr; status 1 when a test failed.
import unittest

class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x)
    def pop(self): return self.items.pop()

class TestStack(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.assertEqual(self.s.pop(), 1)

    def test_empty_pop(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertIn("empty", str(cm.exception))

    def test_wrong(self):
        self.s.push(2)
        self.assertEqual(self.s.pop(), 3)

    def test_error(self):
        {}["missing"]

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertTrue([1])
        self.assertIsNone(None)
        self.assertIsInstance(3, int)

class TestMore(unittest.TestCase):
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 0)

if __name__ == "__main__":
    print("running")
    unittest.main()
