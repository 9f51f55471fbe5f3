# An augmented assignment whose store fails (a read-only property) points at
# its target.
class Account:
    def __init__(self):
        self._balance = 10

    @property
    def balance(self):
        return self._balance


acct = Account()
print(acct.balance)
acct.balance += 5
