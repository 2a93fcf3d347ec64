#include "client/OperationText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Operation {
    const char* method;
    const char* pattern; //!< the path after /api/v2, {x} = one segment
    const char* action;
};

// The 40 operations and the supporting ones, in the order the router matches them (literal
// segments before placeholders).
const Operation kOperations[] = {
    {"GET", "/authorization/permissions",
     QT_TRANSLATE_NOOP("OperationText", "read the permission catalog")},
    {"GET", "/authorization/products",
     QT_TRANSLATE_NOOP("OperationText", "read the organization's products")},
    {"POST", "/authorization/roles/default",
     QT_TRANSLATE_NOOP("OperationText", "restore the default roles")},
    {"PUT", "/authorization/roles/default",
     QT_TRANSLATE_NOOP("OperationText", "restore default roles")},
    {"GET", "/authorization/roles", QT_TRANSLATE_NOOP("OperationText", "list roles")},
    {"POST", "/authorization/roles", QT_TRANSLATE_NOOP("OperationText", "create a role")},
    {"GET", "/authorization/roles/{x}/comparedefault/{x}",
     QT_TRANSLATE_NOOP("OperationText", "compare a role with its default")},
    {"POST", "/authorization/roles/{x}/comparedefault/{x}",
     QT_TRANSLATE_NOOP("OperationText", "compare a role with its default")},
    {"PUT", "/authorization/roles/{x}/users/add",
     QT_TRANSLATE_NOOP("OperationText", "assign a role to people")},
    {"PUT", "/authorization/roles/{x}/users/remove",
     QT_TRANSLATE_NOOP("OperationText", "take a role from people")},
    {"GET", "/authorization/roles/{x}/users",
     QT_TRANSLATE_NOOP("OperationText", "see who holds a role")},
    {"GET", "/authorization/roles/{x}", QT_TRANSLATE_NOOP("OperationText", "read a role")},
    {"PUT", "/authorization/roles/{x}", QT_TRANSLATE_NOOP("OperationText", "edit a role")},
    {"PATCH", "/authorization/roles/{x}", QT_TRANSLATE_NOOP("OperationText", "edit a role")},
    {"DELETE", "/authorization/roles/{x}", QT_TRANSLATE_NOOP("OperationText", "delete a role")},
    {"GET", "/users/me", QT_TRANSLATE_NOOP("OperationText", "read who is signed in")},
    {"GET", "/users/{x}/roles", QT_TRANSLATE_NOOP("OperationText", "read a person's roles")},
    {"PUT", "/users/{x}/roles", QT_TRANSLATE_NOOP("OperationText", "set a person's roles")},
    {"DELETE", "/users/{x}/roles",
     QT_TRANSLATE_NOOP("OperationText", "take every role from a person")},
    {"GET", "/users", QT_TRANSLATE_NOOP("OperationText", "list the people of the organization")},
    {"POST", "/orgauthorization/pairings",
     QT_TRANSLATE_NOOP("OperationText", "create a pairing request")},
    {"GET", "/orgauthorization/pairings/{x}",
     QT_TRANSLATE_NOOP("OperationText", "read a pairing request")},
    {"POST", "/orgauthorization/trustees/audits",
     QT_TRANSLATE_NOOP("OperationText", "read the trustee audits")},
    {"POST", "/orgauthorization/trustor/audits",
     QT_TRANSLATE_NOOP("OperationText", "read the trustor audits")},
    {"GET", "/orgauthorization/trustees",
     QT_TRANSLATE_NOOP("OperationText", "list the trustee organizations")},
    {"POST", "/orgauthorization/trustees",
     QT_TRANSLATE_NOOP("OperationText", "trust an organization")},
    {"GET", "/orgauthorization/trustees/{x}",
     QT_TRANSLATE_NOOP("OperationText", "read a trustee organization")},
    {"PUT", "/orgauthorization/trustees/{x}", QT_TRANSLATE_NOOP("OperationText", "change a trust")},
    {"DELETE", "/orgauthorization/trustees/{x}",
     QT_TRANSLATE_NOOP("OperationText", "end the trust of a trustee organization")},
    {"GET", "/orgauthorization/trustees/{x}/users",
     QT_TRANSLATE_NOOP("OperationText", "list the users of a trustee")},
    {"POST", "/orgauthorization/trustees/{x}/users",
     QT_TRANSLATE_NOOP("OperationText", "add a trustee user")},
    {"GET", "/orgauthorization/trustees/{x}/users/{x}",
     QT_TRANSLATE_NOOP("OperationText", "read a trustee user")},
    {"DELETE", "/orgauthorization/trustees/{x}/users/{x}",
     QT_TRANSLATE_NOOP("OperationText", "remove a trustee user")},
    {"GET", "/orgauthorization/trustees/{x}/users/{x}/roles",
     QT_TRANSLATE_NOOP("OperationText", "read a trustee user's roles")},
    {"PUT", "/orgauthorization/trustees/{x}/users/{x}/roles",
     QT_TRANSLATE_NOOP("OperationText", "set a trustee user's roles")},
    {"DELETE", "/orgauthorization/trustees/{x}/users/{x}/roles",
     QT_TRANSLATE_NOOP("OperationText", "take every role from a trustee user")},
    {"GET", "/orgauthorization/trustors",
     QT_TRANSLATE_NOOP("OperationText", "list the trustor organizations")},
    {"GET", "/orgauthorization/trustors/{x}",
     QT_TRANSLATE_NOOP("OperationText", "read a trustor organization")},
    {"DELETE", "/orgauthorization/trustors/{x}",
     QT_TRANSLATE_NOOP("OperationText", "end the trust of a trustor organization")},
    {"GET", "/orgauthorization/trustors/{x}/users",
     QT_TRANSLATE_NOOP("OperationText", "list the users a trustor lets in")},
    {"GET", "/orgauthorization/trustors/{x}/users/{x}",
     QT_TRANSLATE_NOOP("OperationText", "read a trustor user")},
    {"PUT", "/orgauthorization/trustors/{x}/users/{x}",
     QT_TRANSLATE_NOOP("OperationText", "add a trustor user")},
    {"DELETE", "/orgauthorization/trustors/{x}/users/{x}",
     QT_TRANSLATE_NOOP("OperationText", "remove a trustor user")},
};

struct Compiled {
    QByteArray method;
    QRegularExpression pattern;
    const char* action;
};

const std::vector<Compiled>& compiled() {
    static const std::vector<Compiled> all = [] {
        std::vector<Compiled> out;
        for (const Operation& op : kOperations) {
            QString pattern =
                QRegularExpression::escape(u"/api/v2"_s + QLatin1StringView(op.pattern));
            pattern.replace(u"\\{x\\}"_s, u"[^/]+"_s);
            out.push_back({op.method,
                           QRegularExpression(QRegularExpression::anchoredPattern(pattern)),
                           op.action});
        }
        return out;
    }();
    return all;
}

} // namespace

QString operationAction(const QByteArray& method, const QString& path) {
    for (const Compiled& op : compiled())
        if (op.method == method && op.pattern.match(path).hasMatch())
            return QCoreApplication::translate("OperationText", op.action);
    return {};
}
