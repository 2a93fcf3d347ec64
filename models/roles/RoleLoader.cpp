#include "RoleLoader.h"

#include "PlatformClient.h"
#include "RoleListModel.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

RoleLoader::RoleLoader(PlatformClient* client, RoleListModel* model, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model) {}

void RoleLoader::start() {
    m_model->clear();
    fetchPage(1);
}

void RoleLoader::fetchPage(int pageNumber) {
    QUrlQuery query;
    query.addQueryItem(u"pageSize"_s, u"100"_s);
    query.addQueryItem(u"pageNumber"_s, QString::number(pageNumber));
    ApiJob* job = m_client->get(u"/api/v2/authorization/roles"_s, query);
    connect(job, &ApiJob::succeeded, this, [this, pageNumber](const QJsonDocument& doc) {
        const QJsonObject page = doc.object();
        QList<QJsonObject> roles;
        for (const QJsonValue& v : page.value("entities"_L1).toArray())
            roles.append(v.toObject());
        m_model->appendRoles(roles);
        if (pageNumber < page.value("pageCount"_L1).toInt())
            fetchPage(pageNumber + 1);
        else
            Q_EMIT loaded(m_model->rowCount());
    });
    connect(job, &ApiJob::failed, this,
            [this](const ApiStatus& status) { Q_EMIT failed(status.message); });
}
