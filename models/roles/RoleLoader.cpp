#include "RoleLoader.h"

#include "PlatformClient.h"
#include "RoleListModel.h"

using namespace Qt::StringLiterals;

RoleLoader::RoleLoader(PlatformClient* client, RoleListModel* model, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model) {}

void RoleLoader::start() {
    m_model->clear();
    RoleQuery query;
    query.pageSize = 100;
    PagedJob<DomainOrganizationRole>* job = m_client->fetchAllRoles(query);
    connect(job, &ApiJob::succeeded, this, [this, job] {
        QList<QJsonObject> roles;
        for (const DomainOrganizationRole& role : job->result())
            roles.append(toJson(role).toObject());
        m_model->appendRoles(roles);
        Q_EMIT loaded(m_model->rowCount());
    });
    connect(job, &ApiJob::failed, this,
            [this](const ApiStatus& status) { Q_EMIT failed(status.message); });
}
