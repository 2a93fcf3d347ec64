// RoleListModel under QAbstractItemModelTester, fed from a real sandbox by RoleLoader.

#include "PlatformClient.h"
#include "RoleListModel.h"
#include "RoleLoader.h"
#include "Sandbox.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRoleListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendAndClear();
    void loadsEveryPageFromTheSandbox();
    void reportsALoginFailure();
};

void TestRoleListModel::appendAndClear() {
    RoleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRoles(
        {QJsonObject{{u"id"_s, u"a"_s}, {u"name"_s, u"Admin"_s}, {u"userCount"_s, 3}}});
    model.appendRoles({QJsonObject{{u"id"_s, u"b"_s},
                                   {u"name"_s, u"Employee"_s},
                                   {u"description"_s, u"Everyone"_s},
                                   {u"default"_s, true}}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"Admin"_s);
    QCOMPARE(model.index(0).data(RoleListModel::UserCountRole).toInt(), 3);
    QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), u"Everyone"_s);
    QCOMPARE(model.index(1).data(RoleListModel::IsDefaultRole).toBool(), true);
    QCOMPARE(model.index(1).data(RoleListModel::IdRole).toString(), u"b"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRoleListModel::loadsEveryPageFromTheSandbox() {
    SandboxOptions options;
    options.scale = 5; // > 100 roles: the loader must follow pageCount
    Sandbox sandbox(options);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QNetworkAccessManager network;
    PlatformClient client(&network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setCredentials(sandbox.homeOrganization().clientId,
                          sandbox.homeOrganization().clientSecret);
    RoleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RoleLoader loader(&client, &model);
    QSignalSpy loaded(&loader, &RoleLoader::loaded);
    loader.start();
    QVERIFY(loaded.wait(15000));
    // 18 default roles + 8 custom roles x 5.
    QCOMPARE(model.rowCount(), 18 + 8 * 5);
    QCOMPARE(loaded.first().first().toInt(), model.rowCount());
    QStringList names;
    for (int i = 0; i < model.rowCount(); ++i)
        names.append(model.index(i).data().toString());
    QVERIFY(names.contains(u"Master Admin"_s));
    QVERIFY(names.contains(u"Tier 1 Agent (Team 5)"_s));
    names.removeDuplicates();
    QCOMPARE(names.size(), model.rowCount());
}

void TestRoleListModel::reportsALoginFailure() {
    Sandbox sandbox;
    QVERIFY(sandbox.start());
    QNetworkAccessManager network;
    PlatformClient client(&network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setCredentials(sandbox.homeOrganization().clientId, u"wrong secret"_s);
    RoleListModel model;
    RoleLoader loader(&client, &model);
    QSignalSpy failed(&loader, &RoleLoader::failed);
    loader.start();
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().first().toString().contains(u"401"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRoleListModel)
#include "tst_role_list_model.moc"
