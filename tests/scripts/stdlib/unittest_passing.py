# unittest: a passing suite with setUpClass/tearDownClass, assertRaises as a
# call, and verbose output; the test methods run in name order.
import unittest

log = []


class TestOrder(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown")

    def test_b(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        self.assertNotEqual(1, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])

    def test_a(self):
        self.assertGreaterEqual(3, 3)
        self.assertNotIn(4, [1, 2])
        self.assertIs(None, None)


class TestMessages(unittest.TestCase):
    def test_messages(self):
        for check in (lambda: self.assertEqual(1, 2, "custom"),
                      lambda: self.assertTrue(0),
                      lambda: self.assertIn(1, []),
                      lambda: self.assertAlmostEqual(1.0, 1.1),
                      lambda: self.assertIsInstance("x", int),
                      lambda: self.assertRaises(ValueError, int, "5")):
            try:
                check()
            except AssertionError as e:
                print(e)


if __name__ == "__main__":
    unittest.main(exit=False, verbosity=2)
    print(log)
