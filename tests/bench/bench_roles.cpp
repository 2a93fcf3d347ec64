// The role list at --scale 20: populating RoleTableModel, and one filter keystroke through
// RoleFilterProxy (median and worst of 50 different queries). Prints one JSON object.

#include "PlatformClient.h"
#include "RoleFilterProxy.h"
#include "RoleTableModel.h"
#include "Sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    SandboxOptions options;
    options.scale = 20;
    options.rateLimitPerMinute = 0;
    Sandbox sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        QTextStream(stderr) << "bench_roles: " << error << '\n';
        return 1;
    }
    QNetworkAccessManager network;
    PlatformClient client(&network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setCredentials(sandbox.homeOrganization().clientId,
                          sandbox.homeOrganization().clientSecret);
    QList<DomainOrganizationRole> roles;
    bool done = false;
    auto* job = client.fetchAllRoles();
    QObject::connect(job, &ApiJob::succeeded, [&] { roles = job->result(); });
    QObject::connect(job, &ApiJob::finished, [&] { done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (roles.isEmpty())
        return 1;

    RoleTableModel model;
    std::vector<double> populate;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        model.setRoles(roles);
        populate.push_back(t.nsecsElapsed() / 1e6);
    }
    RoleFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(0);
    // 50 different keystrokes: growing prefixes of role names and description words, then
    // permission filters (the slowest: they walk every policy of every role).
    const QStringList words = {
        u"t"_s,       u"ti"_s,        u"tie"_s,      u"tier"_s,     u"tier 1"_s,  u"q"_s,
        u"qu"_s,      u"qua"_s,       u"qual"_s,     u"quality"_s,  u"a"_s,       u"ad"_s,
        u"adm"_s,     u"admin"_s,     u"s"_s,        u"su"_s,       u"sup"_s,     u"super"_s,
        u"team 1"_s,  u"team 12"_s,   u"agents"_s,   u"queue"_s,    u"billing"_s, u"bot"_s,
        u"journey"_s, u"knowledge"_s, u"security"_s, u"outbound"_s, u"x"_s,       u"zz"_s};
    const QStringList permissions = {u"routing:queue:edit"_s,
                                     u"routing:queue:view"_s,
                                     u"recording:recording:view"_s,
                                     u"dialog:bot:view"_s,
                                     u"authorization:role:view"_s,
                                     u"quality:evaluation:delete"_s,
                                     u"chat:room:view"_s,
                                     u"outbound:campaign:edit"_s,
                                     u"analytics:conversationDetail:view"_s,
                                     u"knowledge:document:add"_s,
                                     u"directory:user:view"_s,
                                     u"telephony:phone:edit"_s,
                                     u"wfm:schedule:view"_s,
                                     u"oauth:client:add"_s,
                                     u"groups:team:view"_s,
                                     u"journey:session:view"_s,
                                     u"architect:flow:edit"_s,
                                     u"scripter:script:view"_s,
                                     u"coaching:appointment:add"_s,
                                     u"externalContacts:contact:view"_s};
    std::vector<double> text, permission;
    for (const QString& w : words) {
        QElapsedTimer t;
        t.start();
        proxy.setSearchText(w);
        text.push_back(t.nsecsElapsed() / 1e6);
    }
    proxy.setSearchText(QString());
    for (const QString& p : permissions) {
        QElapsedTimer t;
        t.start();
        proxy.setPermission(p);
        permission.push_back(t.nsecsElapsed() / 1e6);
    }
    std::vector<double> all = text;
    all.insert(all.end(), permission.begin(), permission.end());
    const QJsonObject result{
        {u"benchmark"_s, u"roleList"_s},
        {u"sandbox"_s, u"--scale 20"_s},
        {u"roles"_s, int(roles.size())},
        {u"populateMedianMs"_s, median(populate)},
        {u"populateWorstMs"_s, *std::max_element(populate.begin(), populate.end())},
        {u"keystrokes"_s, int(all.size())},
        {u"keystrokeMedianMs"_s, median(all)},
        {u"keystrokeWorstMs"_s, *std::max_element(all.begin(), all.end())},
        {u"textKeystrokeMedianMs"_s, median(text)},
        {u"permissionKeystrokeMedianMs"_s, median(permission)}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
