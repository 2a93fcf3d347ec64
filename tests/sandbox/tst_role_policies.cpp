// The sandbox's permission-policy rules as pure functions: no server, no HTTP.

#include "catalog/PermissionCatalog.h"
#include "roles/RolePolicies.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRolePolicies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogHasEveryPermission();
    void catalogRejectsMalformedLines();
    void labelsAreReadable_data();
    void labelsAreReadable();
    void grantsHonoursWildcards_data();
    void grantsHonoursWildcards();
    void expandGrantsGroupsByEntity();
    void differenceSplitsActions();
    void differenceOfIdenticalPoliciesIsAllSame();

private:
    std::optional<PermissionCatalog> m_catalog;
};

void TestRolePolicies::initTestCase() {
    QFile file(QStringLiteral(ROLEDESK_PERMISSIONS_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    m_catalog = PermissionCatalog::fromLines(file.readAll(), &error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestRolePolicies::catalogHasEveryPermission() {
    QCOMPARE(m_catalog->permissionCount(), 1450);
    QCOMPARE(m_catalog->domains().size(), 71);
    QVERIFY(m_catalog->find(u"authorization"_s, u"role"_s, u"view"_s));
    QVERIFY(!m_catalog->find(u"authorization"_s, u"role"_s, u"fly"_s));
    QVERIFY(m_catalog->find(u"quality"_s, u"evaluation"_s, u"view"_s)->allowsConditions);
    QVERIFY(!m_catalog->find(u"directory"_s, u"user"_s, u"view"_s)->allowsConditions);
}

void TestRolePolicies::catalogRejectsMalformedLines() {
    QString error;
    QVERIFY(!PermissionCatalog::fromLines("routing:queue:view\nrouting:queue\n", &error));
    QVERIFY(error.contains(u"line 2"_s));
    QVERIFY(!PermissionCatalog::fromLines("", &error));
    QVERIFY(!PermissionCatalog::fromLines("a:*:view\n", &error));
}

void TestRolePolicies::labelsAreReadable_data() {
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("label");
    QTest::newRow("camel") << u"speechAndTextAnalytics"_s << u"Speech And Text Analytics"_s;
    QTest::newRow("acronym") << u"agentUI"_s << u"Agent UI"_s;
    QTest::newRow("plain") << u"routing"_s << u"Routing"_s;
}

void TestRolePolicies::labelsAreReadable() {
    QFETCH(QString, domain);
    QFETCH(QString, label);
    QCOMPARE(PermissionCatalog::domainLabel(domain), label);
}

void TestRolePolicies::grantsHonoursWildcards_data() {
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("permission");
    QTest::addColumn<bool>("granted");
    QTest::newRow("exact") << u"queue"_s << u"view"_s << u"routing:queue:view"_s << true;
    QTest::newRow("other action") << u"queue"_s << u"view"_s << u"routing:queue:edit"_s << false;
    QTest::newRow("action wildcard") << u"queue"_s << u"*"_s << u"routing:queue:edit"_s << true;
    QTest::newRow("entity wildcard") << u"*"_s << u"view"_s << u"routing:skill:view"_s << true;
    QTest::newRow("other domain") << u"*"_s << u"*"_s << u"quality:evaluation:view"_s << false;
}

void TestRolePolicies::grantsHonoursWildcards() {
    QFETCH(QString, entity);
    QFETCH(QString, action);
    QFETCH(QString, permission);
    QFETCH(bool, granted);
    const QJsonArray policies{QJsonObject{{u"domain"_s, u"routing"_s},
                                          {u"entityName"_s, entity},
                                          {u"actionSet"_s, QJsonArray{action}}}};
    QCOMPARE(RolePolicies::grants(policies, permission), granted);
}

void TestRolePolicies::expandGrantsGroupsByEntity() {
    const QJsonArray policies = RolePolicies::expandGrants(
        {u"quality:evaluation:*"_s, u"routing:*:view"_s, u"oauth:*:*"_s}, *m_catalog);
    QJsonObject evaluation;
    bool oauthWildcard = false;
    for (const QJsonValue& v : policies) {
        const QJsonObject p = v.toObject();
        if (p.value("domain"_L1) == u"quality"_s)
            evaluation = p;
        if (p.value("domain"_L1) == u"oauth"_s) {
            oauthWildcard = p.value("entityName"_L1) == u"*"_s;
            QCOMPARE(p.value("actionSet"_L1).toArray(), QJsonArray{u"*"_s});
        }
        if (p.value("domain"_L1) == u"routing"_s)
            QCOMPARE(p.value("actionSet"_L1).toArray(), QJsonArray{u"view"_s});
    }
    QVERIFY(oauthWildcard);
    QCOMPARE(evaluation.value("entityName"_L1).toString(), u"evaluation"_s);
    QCOMPARE(evaluation.value("actionSet"_L1).toArray().size(),
             m_catalog->actions(u"quality"_s, u"evaluation"_s).size());
    QVERIFY(!RolePolicies::validate(policies, *m_catalog));
}

void TestRolePolicies::differenceSplitsActions() {
    auto policy = [](const QString& entity, const QStringList& actions) {
        return QJsonObject{{u"domain"_s, u"routing"_s},
                           {u"entityName"_s, entity},
                           {u"actionSet"_s, QJsonArray::fromStringList(actions)}};
    };
    const QJsonArray left{policy(u"queue"_s, {u"view"_s, u"edit"_s}),
                          policy(u"skill"_s, {u"view"_s})};
    const QJsonArray right{policy(u"queue"_s, {u"view"_s, u"delete"_s}),
                           policy(u"wrapupCode"_s, {u"view"_s})};
    const RolePolicies::Difference diff = RolePolicies::difference(left, right);
    QCOMPARE(RolePolicies::permissionStrings(diff.added),
             (QStringList{u"routing:queue:edit"_s, u"routing:skill:view"_s}));
    QCOMPARE(RolePolicies::permissionStrings(diff.removed),
             (QStringList{u"routing:queue:delete"_s, u"routing:wrapupCode:view"_s}));
    QCOMPARE(RolePolicies::permissionStrings(diff.same), QStringList{u"routing:queue:view"_s});
}

void TestRolePolicies::differenceOfIdenticalPoliciesIsAllSame() {
    const QJsonArray policies = RolePolicies::expandGrants({u"routing:queue:*"_s}, *m_catalog);
    const RolePolicies::Difference diff = RolePolicies::difference(policies, policies);
    QVERIFY(diff.added.isEmpty());
    QVERIFY(diff.removed.isEmpty());
    QCOMPARE(RolePolicies::permissionStrings(diff.same), RolePolicies::permissionStrings(policies));
}

QTEST_GUILESS_MAIN(TestRolePolicies)
#include "tst_role_policies.moc"
