#pragma once

#include <QList>
#include <QString>
#include <QUrl>

//! A Genesys Cloud region: where its API and login services live.
struct Environment {
    QString key;          //!< PureCloudRegionHosts key, e.g. "eu_central_1"
    QString host;         //!< e.g. "mypurecloud.de"
    QString friendlyName; //!< e.g. "EMEA (Frankfurt)"

    QUrl apiBase() const;   //!< https://api.<host>
    QUrl loginBase() const; //!< https://login.<host>

    //! The 18 regions of the Platform SDK, in its order.
    static const QList<Environment>& all();
    //! Finds a region by key or host. Accepts what the SDK's setEnvironment() accepts: a host,
    //! with or without "https://", "api." and a trailing slash.
    static const Environment* find(const QString& keyOrHost);
    //! The host part of an environment string, normalised as the SDK does.
    static QString normalize(QString environment);
};

//! Whether a base URL may be used: https anywhere, plain http only on loopback hosts.
bool isAcceptableBaseUrl(const QUrl& url, QString* reason);
