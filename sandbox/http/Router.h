#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

// Method + path-template routing for /api/v2. QHttpServer 6.4 answers a wrong method with 404;
// the real API answers 405, so the sandbox routes for itself.
class Router {
public:
    using Handler = std::function<ApiResponse(ApiRequest&)>;

    //! `pathTemplate` uses {name} placeholders for one path segment each. Earlier routes win,
    //! so literal paths (/roles/default) must be added before templates (/roles/{roleId}).
    void add(const QByteArray& method, const QString& pathTemplate, Handler handler);
    ApiResponse dispatch(ApiRequest& request) const;

private:
    struct Route {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    std::vector<Route> m_routes;
};
