# A misspelt method on an instance: the traceback points at `obj.name` and
# suggests the closest attribute.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount


acct = Account("ada")
acct.deposit(10)
acct.desposit(5)
