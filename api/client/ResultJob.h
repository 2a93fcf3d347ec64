#pragma once

#include "client/ApiJob.h"
#include "wire/JsonCodec.h"

//! A request whose 2xx answer is a wire type T; read it with result() once succeeded().
template <typename T>
class ResultJob : public RequestJob {
public:
    using RequestJob::RequestJob;

    const T& result() const { return m_result; }

    bool decode(const QByteArray& body, QString* error) override {
        DecodeError e;
        auto value = fromJsonBytes<T>(body, &e);
        if (!value) {
            *error = e.toString();
            return false;
        }
        m_result = std::move(*value);
        return true;
    }

private:
    T m_result{};
};
