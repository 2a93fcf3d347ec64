#include "connection/ConnectionTest.h"

#include "client/PlatformClient.h"

#include <QTimer>

ConnectionTest::ConnectionTest(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

ConnectionTest::~ConnectionTest() {
    delete m_client;
}

bool ConnectionTest::isRunning() const {
    return m_client != nullptr;
}

void ConnectionTest::start(const QString& environment, const QString& clientId,
                           const QString& secret) {
    delete m_client; // aborts and frees what it still had in flight
    auto* client = new PlatformClient(m_network, this);
    m_client = client;
    QString error;
    const bool configured = environment.contains(u"://")
                                ? client->setBaseUrl(QUrl(environment), &error)
                                : client->setEnvironment(environment, &error);
    if (!configured) {
        QTimer::singleShot(0, this, [this, client, error] {
            if (m_client != client)
                return;
            m_client = nullptr;
            client->deleteLater();
            Q_EMIT failed(ApiStatus::invalidRequest(error));
            Q_EMIT finished();
        });
        return;
    }
    client->setCredentials(clientId, secret);
    auto* job = client->getProducts();
    connect(job, &ApiJob::succeeded, this, [this, job] {
        Q_EMIT succeeded(
            int(job->result().entities.value_or(QList<DomainOrganizationProduct>()).size()));
    });
    connect(job, &ApiJob::failed, this, &ConnectionTest::failed);
    connect(job, &ApiJob::finished, this, [this, client] {
        if (m_client == client) {
            m_client = nullptr;
            client->deleteLater();
        }
        Q_EMIT finished();
    });
}
