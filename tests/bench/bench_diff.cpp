// The diff engine and what is built on it, on the sandbox's real catalog (1,450 permissions):
// two roles that each grant the whole catalog (wildcards, explicit actions and conditions in
// different orders) compared, the diff tree model built for it, the matrix of 8 such roles;
// then every default-based role of a --scale 20 org compared with its default (A6 each,
// through the client's parallel queue, engine check included). Prints one JSON object.

#include "BenchSupport.h"
#include "diff/DefaultComparison.h"
#include "diff/DiffTreeModel.h"
#include "diff/RoleMatrixModel.h"
#include "org/OrgSession.h"
#include "roles/ConditionText.h"
#include "roles/RoleStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

//! CPU time of this thread: what the engine costs, without what a busy machine adds.
template <typename F>
double cpuMs(F&& f) {
    timespec a{}, b{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
    f();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
    return double(b.tv_sec - a.tv_sec) * 1e3 + double(b.tv_nsec - a.tv_nsec) / 1e6;
}

DomainResourceConditionNode condition(bool reversed, bool other) {
    const QString text = other      ? u"Queue.id IN (queue:q9, queue:q8)"_s
                         : reversed ? u"Queue.id IN (queue:q3, queue:q2, queue:q1)"_s
                                    : u"Queue.id IN (queue:q1, queue:q2, queue:q3)"_s;
    return *ConditionText::parse(text).node;
}

//! A role granting every permission of the catalog: every `wildcardEvery`-th domain as
//! domain:*:*, the rest entity by entity; every fifth entity under a condition.
DomainOrganizationRole fullRole(const CatalogIndex& catalog, int wildcardEvery, bool reversed,
                                int otherConditionEvery) {
    DomainOrganizationRole role;
    role.id = u"role-%1-%2"_s.arg(wildcardEvery).arg(otherConditionEvery);
    role.name = role.id;
    QList<DomainPermissionPolicy> policies;
    int d = 0, e = 0;
    for (const QString& domain : catalog.domains()) {
        if (wildcardEvery > 0 && d++ % wildcardEvery == 0) {
            DomainPermissionPolicy p;
            p.domain = domain;
            p.entityName = u"*"_s;
            p.actionSet = QStringList{u"*"_s};
            policies.append(p);
            continue;
        }
        for (const QString& entity : catalog.entities(domain)) {
            DomainPermissionPolicy p;
            p.domain = domain;
            p.entityName = entity;
            QStringList actions = catalog.actions(domain, entity);
            if (reversed)
                std::reverse(actions.begin(), actions.end());
            p.actionSet = actions;
            ++e;
            if (e % 5 == 0) {
                // Unconditioned as well as conditioned: the whole catalog stays granted.
                policies.append(p);
                p.resourceConditionNode =
                    condition(reversed, otherConditionEvery > 0 && e % otherConditionEvery == 0);
            }
            policies.append(p);
        }
    }
    if (reversed)
        std::reverse(policies.begin(), policies.end());
    role.permissionPolicies = policies;
    return role;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    SandboxOptions options;
    options.scale = 20;
    BenchSandbox bench;
    if (!bench.start("bench_diff", options))
        return 1;
    const CatalogIndex catalog(wait(bench.client->fetchAllPermissions()));
    int catalogSize = 0;
    for (const QString& d : catalog.domains())
        for (const QString& e : catalog.entities(d))
            catalogSize += int(catalog.actions(d, e).size());

    const DomainOrganizationRole left = fullRole(catalog, 3, false, 0);
    const DomainOrganizationRole right = fullRole(catalog, 4, true, 7);
    RoleDiff::Result result;
    std::vector<double> diff, diffCpu;
    for (int i = 0; i < 101; ++i) {
        diff.push_back(timeMs([&] { result = RoleDiff::compare(left, right, catalog); }));
        diffCpu.push_back(cpuMs([&] { result = RoleDiff::compare(left, right, catalog); }));
    }
    DiffTreeModel model;
    std::vector<double> tree;
    for (int i = 0; i < 51; ++i)
        tree.push_back(timeMs([&] { model.setResult(result, u"left"_s, u"right"_s); }));

    QList<RoleDiff::Side> sides;
    QStringList labels;
    for (int i = 0; i < 8; ++i) {
        sides.append({fullRole(catalog, 2 + i % 3, i % 2 == 1, 5 + i), catalog});
        labels.append(u"Role %1"_s.arg(i + 1));
    }
    RoleMatrixModel matrix;
    std::vector<double> matrixMs;
    for (int i = 0; i < 21; ++i)
        matrixMs.push_back(timeMs([&] { matrix.setRoles(sides, labels); }));

    // Every default-based role of the org against its default, as a restore preview does.
    OrgSession session(bench.client.get(), u"Sandbox"_s);
    bool loaded = false;
    QObject::connect(&session, &OrgSession::loaded, [&] { loaded = true; });
    QObject::connect(&session, &OrgSession::loadFailed, [&] { loaded = true; });
    session.load();
    while (!loaded)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QStringList ids;
    for (const DomainOrganizationRole& r : session.roles()->roles())
        if (r.defaultRoleId)
            ids.append(*r.id);
    int disagreements = 0, failures = 0;
    const double compareAll = timeMs([&] {
        DefaultComparison op(&session, ids);
        op.setAutoDelete(false);
        bool done = false;
        QObject::connect(&op, &Operation::finished, [&] { done = true; });
        op.start();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        for (const DefaultComparisonResult& r : op.results()) {
            failures += r.ok() ? 0 : 1;
            disagreements += int(r.disagreements.size());
        }
    });

    const QJsonObject out{{u"benchmark"_s, u"diff"_s},
                          {u"catalogPermissions"_s, catalogSize},
                          {u"atomsCompared"_s, int(result.atoms.size())},
                          {u"conditionChanged"_s, result.count(RoleDiff::Change::ConditionChanged)},
                          {u"unchanged"_s, result.count(RoleDiff::Change::Unchanged)},
                          {u"diffMedianMs"_s, median(diff)},
                          {u"diffWorstMs"_s, worst(diff)},
                          {u"diffCpuMedianMs"_s, median(diffCpu)},
                          {u"treeModelMedianMs"_s, median(tree)},
                          {u"treeModelWorstMs"_s, worst(tree)},
                          {u"matrixRoles"_s, int(sides.size())},
                          {u"matrixRowsDiffering"_s, matrix.differenceCount()},
                          {u"matrixMedianMs"_s, median(matrixMs)},
                          {u"defaultComparisons"_s, int(ids.size())},
                          {u"defaultComparisonsMs"_s, compareAll},
                          {u"defaultComparisonFailures"_s, failures},
                          {u"engineServerDisagreements"_s, disagreements},
                          {u"sandbox"_s, u"--scale 20, in process, no latency, no rate limit"_s}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return failures == 0 && disagreements == 0 ? 0 : 1;
}
