#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <vector>

//! The permissions an operation needs, as ENDPOINTS.md lists them: any one of several (the
//! usual case), all of several, or none beyond a valid token.
struct Requires {
    QStringList permissions;
    bool all = false;

    static Requires token() { return {}; }
    static Requires any(QStringList permissions) { return {std::move(permissions), false}; }
    static Requires allOf(QStringList permissions) { return {std::move(permissions), true}; }
    //! The permissions missing from `policies` (all of them for "any" when none is granted).
    QStringList missing(const QJsonArray& policies) const;
};

// Method + path-template routing for /api/v2, with the permission check of every operation.
// QHttpServer 6.4 answers a wrong method with 404; the real API answers 405, so the sandbox routes
// for itself.
class Router {
public:
    using Handler = std::function<ApiResponse(ApiRequest&)>;

    //! `pathTemplate` uses {name} placeholders for one path segment each. Earlier routes win,
    //! so literal paths (/roles/default) must be added before templates (/roles/{roleId}).
    void add(const QByteArray& method, const QString& pathTemplate, Requires access,
             Handler handler);
    ApiResponse dispatch(ApiRequest& request) const;

private:
    struct Route {
        QByteArray method;
        QRegularExpression pattern;
        Requires access;
        Handler handler;
    };
    std::vector<Route> m_routes;
};
