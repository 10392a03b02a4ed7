#pragma once

#include "DbError.h"

#include <utility>
#include <variant>

namespace bts {

// A value or the error that prevented it. Database work returns these instead of throwing,
// so that a failure travels back to the UI thread as data.
template <typename T>
class Result {
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(DbError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const DbError& error() const { return std::get<DbError>(m_state); }

private:
    std::variant<T, DbError> m_state;
};

// For operations that return nothing but may fail.
struct Done {};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace bts
