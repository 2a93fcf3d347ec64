// `roledesk --diff LEFT RIGHT [--json]`: two snapshot files compared role by role, headless;
// exit 0 when the same, 1 when they differ, 2 on an error, with the message on stderr.

#include "roles/ConditionText.h"
#include "snapshot/SnapshotFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDiffCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSnapshotsExitZero();
    void differencesAsTextAndJson();
    void errorsExitTwo();

private:
    int run(const QStringList& args, QByteArray* out, QByteArray* err);

    QTemporaryDir m_dir;
    QString m_before;
    QString m_after;
};

int TestDiffCli::run(const QStringList& args, QByteArray* out, QByteArray* err) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // a script has no display
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ROLEDESK_EXE), args);
    if (!process.waitForFinished(60000))
        return -1;
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestDiffCli::initTestCase() {
    // A real snapshot of the sandbox, then the same org as an admin might have changed it.
    m_before = m_dir.filePath(u"before.json"_s);
    QProcess snapshot;
    snapshot.start(QStringLiteral(ROLEDESK_EXE),
                   {u"--sandbox"_s, u"--sandbox-data"_s, m_dir.filePath(u"sb.sqlite"_s),
                    u"--snapshot"_s, m_before});
    QVERIFY(snapshot.waitForFinished(60000));
    QCOMPARE(snapshot.exitCode(), 0);
    QString error;
    auto data = SnapshotFile::read(m_before, &error);
    QVERIFY2(data, qPrintable(error));
    OrgData after = *data;
    QList<DomainOrganizationRole>& roles = after.roles;
    for (DomainOrganizationRole& r : roles) {
        if (r.name == "Supervisor"_L1) {
            DomainPermissionPolicy p;
            p.domain = u"routing"_s;
            p.entityName = u"queue"_s;
            p.actionSet = QStringList{u"delete"_s};
            r.permissionPolicies->append(p);
            r.description = u"Edited"_s;
        } else if (r.name == "Employee"_L1) {
            // Only the order of policies changes: no difference.
            std::reverse(r.permissionPolicies->begin(), r.permissionPolicies->end());
        } else if (r.name == "Developer"_L1) {
            r.name = u"Developer (renamed)"_s;
            QList<DomainPermissionPolicy>& ps = *r.permissionPolicies;
            ps.first().resourceConditionNode =
                *ConditionText::parse(u"Queue.id EQ queue:q1"_s).node;
        }
    }
    const auto removed = std::find_if(roles.begin(), roles.end(),
                                      [](const auto& r) { return r.name == "Tier 2 Agent"_L1; });
    QVERIFY(removed != roles.end());
    roles.erase(removed);
    DomainOrganizationRole added;
    added.id = u"new-role-id"_s;
    added.name = u"Night Shift Lead"_s;
    added.permissionPolicies = QList<DomainPermissionPolicy>();
    roles.append(added);
    m_after = m_dir.filePath(u"after.json"_s);
    QVERIFY2(SnapshotFile::write(after, m_after, &error), qPrintable(error));
}

void TestDiffCli::sameSnapshotsExitZero() {
    QByteArray out, err;
    QCOMPARE(run({u"--diff"_s, m_before, m_before}, &out, &err), 0);
    QVERIFY2(out.contains("same roles (29)"), out.constData());
    QCOMPARE(run({u"--diff"_s, u"--json"_s, m_before, m_before}, &out, &err), 0);
    const QJsonObject roles = QJsonDocument::fromJson(out).object().value("roles"_L1).toObject();
    QVERIFY(roles.value("added"_L1).toArray().isEmpty());
    QVERIFY(roles.value("changed"_L1).toArray().isEmpty());
}

void TestDiffCli::differencesAsTextAndJson() {
    QByteArray out, err;
    QCOMPARE(run({u"--diff"_s, m_before, m_after}, &out, &err), 1);
    QVERIFY2(out.contains("+ Night Shift Lead"), out.constData());
    QVERIFY2(out.contains("- Tier 2 Agent"), out.constData());
    QVERIFY2(out.contains("~ Supervisor"), out.constData());
    QVERIFY2(out.contains("+ routing:queue:delete"), out.constData());
    QVERIFY2(!out.contains("Employee"), out.constData()); // order is no difference
    QVERIFY2(out.contains("1 added, 1 removed, 2 changed"), out.constData());

    QCOMPARE(run({u"--diff"_s, m_before, m_after, u"--json"_s}, &out, &err), 1);
    QJsonParseError parse;
    const QJsonObject roles =
        QJsonDocument::fromJson(out, &parse).object().value("roles"_L1).toObject();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QCOMPARE(
        roles.value("added"_L1).toArray(),
        (QJsonArray{QJsonObject{{u"id"_s, u"new-role-id"_s}, {u"name"_s, u"Night Shift Lead"_s}}}));
    QCOMPARE(roles.value("removed"_L1).toArray().size(), 1);
    QCOMPARE(roles.value("removed"_L1).toArray().first().toObject().value("name"_L1).toString(),
             u"Tier 2 Agent"_s);
    const QJsonArray changed = roles.value("changed"_L1).toArray();
    QCOMPARE(changed.size(), 2);
    const QJsonObject developer = changed.at(0).toObject();
    QCOMPARE(developer.value("name"_L1).toString(), u"Developer (renamed)"_s);
    QCOMPARE(developer.value("fields"_L1).toObject().value("name"_L1).toArray(),
             (QJsonArray{u"Developer"_s, u"Developer (renamed)"_s}));
    QVERIFY(!developer.value("conditionsChanged"_L1).toArray().isEmpty());
    const QJsonObject supervisor = changed.at(1).toObject();
    QCOMPARE(supervisor.value("permissionsAdded"_L1).toArray(),
             QJsonArray{u"routing:queue:delete"_s});
    QVERIFY(supervisor.value("permissionsRemoved"_L1).toArray().isEmpty());
    QCOMPARE(supervisor.value("fields"_L1).toObject().value("description"_L1).toArray().at(1),
             u"Edited"_s);
    // The other direction: what was added is removed.
    QCOMPARE(run({u"--json"_s, u"--diff"_s, m_after, m_before}, &out, &err), 1);
    const QJsonObject back = QJsonDocument::fromJson(out).object().value("roles"_L1).toObject();
    QCOMPARE(back.value("removed"_L1).toArray().first().toObject().value("id"_L1).toString(),
             u"new-role-id"_s);
}

void TestDiffCli::errorsExitTwo() {
    QByteArray out, err;
    QCOMPARE(run({u"--diff"_s, m_before}, &out, &err), 2);
    QVERIFY2(err.contains("two snapshot files"), err.constData());
    QCOMPARE(run({u"--diff"_s, m_before, m_dir.filePath(u"missing.json"_s)}, &out, &err), 2);
    QVERIFY2(err.contains("missing.json"), err.constData());
    QFile junk(m_dir.filePath(u"junk.json"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"format\": 1, \"roles\": [");
    junk.close();
    QCOMPARE(run({u"--diff"_s, m_before, junk.fileName()}, &out, &err), 2);
    QVERIFY2(err.contains("junk.json"), err.constData());
    QCOMPARE(run({u"--diff"_s, u"--no-such-option"_s, m_before, m_after}, &out, &err), 2);
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diff_cli.moc"
