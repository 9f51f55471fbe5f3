# except clauses match through the MRO; except (A, B) tuples.
class AppError(Exception): pass
class DbError(AppError): pass
class NetError(AppError): pass
class Timeout(NetError): pass

def run(exc):
    try:
        raise exc
    except DbError:
        return 'DbError handler'
    except (Timeout, KeyError) as e:
        return 'Timeout-or-KeyError handler: ' + type(e).__name__
    except AppError as e:
        return 'AppError handler: ' + type(e).__name__
    except Exception:
        return 'generic handler'

for exc in (DbError(), Timeout(), NetError(), AppError(), KeyError('k'), ValueError()):
    print(run(exc))
handlers = (NetError, DbError)
try:
    raise Timeout('t')
except handlers as e:
    print('tuple variable matched', repr(e))
print(issubclass(Timeout, AppError), isinstance(Timeout(), (DbError, NetError)))
