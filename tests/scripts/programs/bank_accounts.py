# A small bank simulation with dicts and functions.
accounts = {}
log = []
def open_account(owner, deposit=0):
    number = 1000 + len(accounts)
    accounts[number] = {'owner': owner, 'balance': deposit, 'history': [('open', deposit)]}
    return number
def deposit(number, amount):
    if amount <= 0:
        raise ValueError('deposit must be positive')
    accounts[number]['balance'] += amount
    accounts[number]['history'].append(('deposit', amount))
def withdraw(number, amount):
    acct = accounts[number]
    if amount > acct['balance']:
        raise ValueError(f"insufficient funds in {number}: {acct['balance']} < {amount}")
    acct['balance'] -= amount
    acct['history'].append(('withdraw', amount))
def transfer(src, dst, amount):
    try:
        withdraw(src, amount)
    except ValueError as e:
        log.append('transfer failed: ' + str(e))
        return False
    deposit(dst, amount)
    log.append(f'moved {amount} from {src} to {dst}')
    return True
alice = open_account('alice', 100)
bob = open_account('bob')
deposit(bob, 50)
print(transfer(alice, bob, 30), transfer(bob, alice, 500), transfer(bob, alice, 80))
try:
    deposit(alice, -5)
except ValueError as e:
    print('error:', e)
try:
    withdraw(9999, 1)
except KeyError as e:
    print('no such account:', e)
for number, acct in sorted(accounts.items()):
    print(number, acct['owner'], acct['balance'], acct['history'])
print('\n'.join(log))
print('total money:', sum(a['balance'] for a in accounts.values()))
