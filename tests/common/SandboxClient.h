#pragma once

#include "PlatformClient.h"
#include "Sandbox.h"

//! A client of the sandbox that logs in as its home organization.
inline PlatformClient* sandboxClient(const Sandbox& sandbox, QNetworkAccessManager* network,
                                     QObject* parent = nullptr) {
    auto* client = new PlatformClient(network, parent);
    client->setBaseUrl(sandbox.baseUrl());
    client->setCredentials(sandbox.homeOrganization().clientId,
                           sandbox.homeOrganization().clientSecret);
    return client;
}
