# Lesson: a bank account class with validation and a custom exception.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed = needed
        self.available = available

class Account:
    interest = 0.02
    _next = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next
        Account._next += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(('withdraw', amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def __repr__(self):
        return f'Account({self.owner!r}, {self.balance})'

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self.balance * self.interest, 2))

a = Account('ann', 100)
b = Savings('bob')
a.deposit(50)
a.transfer(b, 120)
print(a, b)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print('error:', e, e.needed, e.available)
try:
    a.deposit(-5)
except ValueError as e:
    print('error:', e)
b.add_interest()
print(b.balance, b.history)
print(a.number, b.number, a.history)
