#pragma once

#include "wire/ErrorBody.h"

#include <QString>

//! How an API call ended, as a value: what kind of failure, the HTTP status (0 without a
//! response), the decoded ErrorBody, and a sentence a user can read.
struct ApiStatus {
    enum class Code {
        Ok,
        HttpError,            //!< the server answered with an error status; see errorBody
        AuthenticationFailed, //!< the client credentials were refused
        RateLimited,          //!< still 429 after the allowed number of pauses
        ConnectionFailed,     //!< never reached the server (refused, unknown host)
        ConnectionLost,       //!< dropped or cut off; a GET/PUT/DELETE was retried first
        Timeout,              //!< no complete answer within the transfer timeout
        TlsError,             //!< the server's certificate was not trusted
        MalformedResponse,    //!< a 2xx answer that is not the documented JSON
        OutcomeUnknown,   //!< a POST/PATCH was sent and the answer was lost: it may have applied
        InvalidRequest,   //!< refused before sending (a required argument was missing)
        Aborted,          //!< cancelled by the caller
        PermissionDenied, //!< 403: the person (or client) lacks a permission; message names it
    };

    Code code = Code::Ok;
    int httpStatus = 0;
    QString message; //!< for the user: what happened, and what to do where it helps
    ErrorBody errorBody;
    QString correlationId; //!< ININ-Correlation-Id of the response, for support

    bool ok() const { return code == Code::Ok; }
    static ApiStatus success(int httpStatus) { return {Code::Ok, httpStatus, {}, {}, {}}; }
    //! Refused before anything was sent, for this reason.
    static ApiStatus invalidRequest(const QString& message) {
        return {Code::InvalidRequest, 0, message, {}, {}};
    }
};
