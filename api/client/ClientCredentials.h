#pragma once

#include <QProcessEnvironment>
#include <QString>

//! OAuth client credentials for the client-credentials grant. The secret never appears in logs
//! or in debug output of this type.
struct ClientCredentials {
    QString clientId;
    QString clientSecret;
    QString environment; //!< a region host or key; empty means the default, mypurecloud.com

    bool isComplete() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }

    //! Reads PURECLOUD_CLIENT_ID, PURECLOUD_SECRET and PURECLOUD_ENVIRONMENT, the names the
    //! Platform SDK examples use. Incomplete when either of the first two is missing.
    static ClientCredentials
    fromEnvironment(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
};
