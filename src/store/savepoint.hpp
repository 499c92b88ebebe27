// A nestable unit of work on one connection: a SAVEPOINT that rolls back to
// where it began unless released. Each write of the event file uses one, so
// it is atomic alone and also joins an enclosing transaction.
#pragma once

#include "store/sqlite.hpp"

namespace innspill::store {

class Savepoint {
  public:
    explicit Savepoint(Connection& connection) : m_connection(connection) {
        m_connection.exec("SAVEPOINT write");
    }
    ~Savepoint() {
        if (!m_released) {
            try {
                m_connection.exec("ROLLBACK TO write");
                m_connection.exec("RELEASE write");
            } catch (const FileError&) {
                // The transaction is already gone (SQLite rolled it back itself).
            }
        }
    }
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    void release() {
        m_connection.exec("RELEASE write");
        m_released = true;
    }

  private:
    Connection& m_connection;
    bool m_released = false;
};

} // namespace innspill::store
