#pragma once

#include "RunJob.h"
#include "Sandbox.h"
#include "client/PlatformClient.h"

//! A client of the sandbox that logs in as its home organization.
inline PlatformClient* sandboxClient(const Sandbox& sandbox, QNetworkAccessManager* network,
                                     QObject* parent = nullptr) {
    auto* client = new PlatformClient(network, parent);
    client->setBaseUrl(sandbox.baseUrl());
    client->setCredentials(sandbox.homeOrganization().clientId,
                           sandbox.homeOrganization().clientSecret);
    return client;
}

//! The role with this name, read in full (A5 by name, then A7); empty when there is none.
inline DomainOrganizationRole roleNamed(PlatformClient* client, const QString& name) {
    RoleQuery q;
    q.name = name;
    const auto listing = runJob(client->getRoles(q));
    if (!listing || listing->entities.value_or(QList<DomainOrganizationRole>()).isEmpty())
        return {};
    return runJob(client->getRole(*listing->entities->front().id))
        .value_or(DomainOrganizationRole());
}

//! A client of the sandbox that logs in as the organization with this name.
inline PlatformClient* sandboxClientFor(const Sandbox& sandbox, const QString& organization,
                                        QNetworkAccessManager* network, QObject* parent = nullptr) {
    auto* client = new PlatformClient(network, parent);
    client->setBaseUrl(sandbox.baseUrl());
    for (const SandboxOrganization& o : sandbox.organizations())
        if (o.name == organization)
            client->setCredentials(o.clientId, o.clientSecret);
    return client;
}
