#pragma once

#include "ApiJob.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

//! The one client every screen talks to the Platform API through. Obtains a client-credentials
//! token on first use and renews it before it expires.
class PlatformClient : public QObject {
    Q_OBJECT
public:
    explicit PlatformClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    //! A gateway-style base: the API under `apiBase` + /api/v2, the token at
    //! `loginBase`/oauth/token.
    void setBaseUrls(const QUrl& apiBase, const QUrl& loginBase);
    void setCredentials(const QString& clientId, const QString& clientSecret);

    //! GET `path` (starting with /api/v2/) with `query`.
    ApiJob* get(const QString& path, const QUrlQuery& query = {});

private:
    struct Pending {
        QPointer<ApiJob> job;
        QString path;
        QUrlQuery query;
    };
    void requestToken();
    void send(const Pending& pending);
    bool tokenValid() const;

    QNetworkAccessManager* m_network;
    QUrl m_apiBase;
    QUrl m_loginBase;
    QString m_clientId;
    QString m_clientSecret;
    QByteArray m_token;
    QDateTime m_tokenExpiry;
    bool m_tokenRequested = false;
    QList<Pending> m_waiting;
};
