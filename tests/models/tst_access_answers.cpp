// Access answers, pure: which policy of which role grants a permission (exact, wildcard, with a
// condition), what a set of roles lets a person do with wildcards expanded through the catalog,
// and the CSV an admin exports (quoted, and safe to open in a spreadsheet).

#include "PolicyFixtures.h"
#include "access/AccessAnswers.h"

#include <QTest>

using AccessAnswers::Grant;

class TestAccessAnswers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void grantsNameThePolicyWildcardAndCondition();
    void rolesGrantingSortsByRoleAndSkipsOthers();
    void effectivePermissionsExpandThroughTheCatalog();
    void csvQuotesAndDefusesFormulas();
};

void TestAccessAnswers::grantsNameThePolicyWildcardAndCondition() {
    const DomainOrganizationRole supervisor =
        role(u"Supervisor"_s,
             {policy(u"routing"_s, u"queue"_s, {u"view"_s, u"edit"_s}),
              policy(u"routing"_s, u"*"_s, {u"*"_s}),
              policy(u"routing"_s, u"queue"_s, {u"edit"_s}, u"Queue.id EQ queue:q1"_s)});
    const QList<Grant> grants = AccessAnswers::grantsOf(supervisor, u"routing:queue:edit"_s);
    QCOMPARE(grants.size(), 3);
    QCOMPARE(grants[0],
             (Grant{u"supervisor"_s, u"Supervisor"_s, u"routing:queue:edit"_s, false, {}}));
    QCOMPARE(grants[1].policy, u"routing:*:*"_s);
    QVERIFY(grants[1].wildcard);
    QCOMPARE(grants[2].condition, u"Queue.id EQ queue:q1"_s);
    QVERIFY(!grants[2].wildcard);
    // Another action of the entity is granted by the wildcard only; a typo by nothing.
    QCOMPARE(AccessAnswers::grantsOf(supervisor, u"routing:queue:delete"_s).size(), 1);
    QVERIFY(AccessAnswers::grantsOf(supervisor, u"chat:room:view"_s).isEmpty());
    QVERIFY(AccessAnswers::grantsOf(supervisor, u"routing:queue"_s).isEmpty());
}

void TestAccessAnswers::rolesGrantingSortsByRoleAndSkipsOthers() {
    const QList<DomainOrganizationRole> roles = {
        role(u"Zeta"_s, {policy(u"*"_s, u"*"_s, {u"*"_s})}),
        role(u"Chat only"_s, {policy(u"chat"_s, u"room"_s, {u"view"_s})}),
        role(u"Alpha"_s, {policy(u"routing"_s, u"queue"_s, {u"view"_s})}),
    };
    const QList<Grant> grants = AccessAnswers::rolesGranting(roles, u"routing:queue:view"_s);
    QCOMPARE(grants.size(), 2);
    QCOMPARE(grants[0].roleName, u"Alpha"_s);
    QCOMPARE(grants[1].roleName, u"Zeta"_s);
    QCOMPARE(grants[1].policy, u"*:*:*"_s);
}

void TestAccessAnswers::effectivePermissionsExpandThroughTheCatalog() {
    const QList<DomainOrganizationRole> roles = {
        role(u"Queues"_s, {policy(u"routing"_s, u"queue"_s, {u"*"_s})}),
        role(u"Viewer"_s, {policy(u"routing"_s, u"*"_s, {u"view"_s}),
                           policy(u"newdomain"_s, u"thing"_s, {u"use"_s})}),
    };
    const auto effective = AccessAnswers::effectivePermissions(roles, catalog());
    // routing:queue has four actions, wrapupCode one; plus the literal the catalog lacks.
    QCOMPARE(effective.keys(),
             (QStringList{u"newdomain:thing:use"_s, u"routing:queue:add"_s,
                          u"routing:queue:delete"_s, u"routing:queue:edit"_s,
                          u"routing:queue:view"_s, u"routing:wrapupCode:view"_s}));
    const QList<Grant> view = effective.value(u"routing:queue:view"_s);
    QCOMPARE(view.size(), 2);
    QCOMPARE(view[0].roleName, u"Queues"_s);
    QCOMPARE(view[0].policy, u"routing:queue:*"_s);
    QCOMPARE(view[1].roleName, u"Viewer"_s);
    QCOMPARE(view[1].policy, u"routing:*:view"_s);
    QVERIFY(view[1].wildcard);
    QCOMPARE(effective.value(u"routing:queue:delete"_s).size(), 1);
}

void TestAccessAnswers::csvQuotesAndDefusesFormulas() {
    AccessAnswers::Holder h;
    h.name = u"=HYPERLINK(\"http://evil\")"_s;
    h.email = u"a@b.example"_s;
    h.state = u"inactive"_s;
    h.organization = u"Northwind, Inc."_s;
    h.roleNames = {u"Admin"_s, u"Tier 1"_s};
    const QString csv = AccessAnswers::toCsv(
        u"routing:queue:edit"_s,
        {{u"r1"_s, u"Admin"_s, u"routing:*:*"_s, true, u"Queue.id EQ \"x\""_s}}, {h});
    const QStringList lines = csv.split(u"\r\n"_s);
    QCOMPARE(lines[0], u"permission,role,policy,wildcard,condition"_s);
    QCOMPARE(lines[1], u"routing:queue:edit,Admin,routing:*:*,yes,\"Queue.id EQ \"\"x\"\"\""_s);
    QCOMPARE(lines[2], QString());
    QCOMPARE(lines[3], u"person,email,state,organization,roles"_s);
    QCOMPARE(lines[4], u"\"'=HYPERLINK(\"\"http://evil\"\")\",a@b.example,inactive,"
                       "\"Northwind, Inc.\",Admin; Tier 1"_s);
}

QTEST_GUILESS_MAIN(TestAccessAnswers)
#include "tst_access_answers.moc"
