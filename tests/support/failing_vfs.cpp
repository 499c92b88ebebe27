// The fault-injecting VFS (see failing_vfs.hpp). Only the file methods that
// write are wrapped; everything else goes straight to the real VFS.
#include "support/failing_vfs.hpp"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <stdexcept>

namespace innspill::test {

namespace {

std::atomic<int64_t> g_seen{0};
std::atomic<int64_t> g_allowed{-1}; // negative: never fail
std::atomic<bool> g_readOnlyFiles{false};
std::atomic<bool> g_readOnlyFolder{false};
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

// Our file: the real one follows it in the same allocation.
struct File {
    sqlite3_file base;
    const sqlite3_io_methods* realMethods;
};

sqlite3_file* real(sqlite3_file* file) {
    return reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(File));
}
const sqlite3_io_methods* realMethods(sqlite3_file* file) {
    return reinterpret_cast<File*>(file)->realMethods;
}

// True when this write must fail.
bool failNow() {
    const int64_t seen = g_seen.fetch_add(1);
    const int64_t allowed = g_allowed.load();
    return allowed >= 0 && seen >= allowed;
}

int xClose(sqlite3_file* f) {
    return realMethods(f)->xClose(real(f));
}
int xRead(sqlite3_file* f, void* data, int amount, sqlite3_int64 offset) {
    return realMethods(f)->xRead(real(f), data, amount, offset);
}
int xWrite(sqlite3_file* f, const void* data, int amount, sqlite3_int64 offset) {
    return failNow() ? SQLITE_IOERR_WRITE : realMethods(f)->xWrite(real(f), data, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) {
    return failNow() ? SQLITE_IOERR_TRUNCATE : realMethods(f)->xTruncate(real(f), size);
}
int xSync(sqlite3_file* f, int flags) {
    return failNow() ? SQLITE_IOERR_FSYNC : realMethods(f)->xSync(real(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return realMethods(f)->xFileSize(real(f), size);
}
int xLock(sqlite3_file* f, int lock) {
    return realMethods(f)->xLock(real(f), lock);
}
int xUnlock(sqlite3_file* f, int lock) {
    return realMethods(f)->xUnlock(real(f), lock);
}
int xCheckReservedLock(sqlite3_file* f, int* out) {
    return realMethods(f)->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg) {
    return realMethods(f)->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file* f) {
    return realMethods(f)->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file* f) {
    return realMethods(f)->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return realMethods(f)->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return realMethods(f)->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f) {
    realMethods(f)->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag) {
    return realMethods(f)->xShmUnmap(real(f), deleteFlag);
}

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* ours = reinterpret_cast<File*>(file);
    ours->base.pMethods = nullptr;
    if (g_readOnlyFolder && name != nullptr && (flags & SQLITE_OPEN_CREATE) != 0) {
        int exists = 0;
        g_real->xAccess(g_real, name, SQLITE_ACCESS_EXISTS, &exists);
        if (!exists) {
            return SQLITE_CANTOPEN; // the folder takes no new file
        }
    }
    if (g_readOnlyFiles && (flags & SQLITE_OPEN_READWRITE) != 0) {
        // What the unix VFS does for a file it may only read.
        flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
    }
    const int rc = g_real->xOpen(g_real, name, real(file), flags, outFlags);
    if (rc != SQLITE_OK) {
        return rc;
    }
    ours->realMethods = real(file)->pMethods;
    ours->base.pMethods = &g_methods;
    return SQLITE_OK;
}
int xDelete(sqlite3_vfs*, const char* name, int syncDir) {
    return g_real->xDelete(g_real, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return g_real->xAccess(g_real, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return g_real->xFullPathname(g_real, name, size, out);
}

} // namespace

FailingVfs::FailingVfs() {
    g_real = sqlite3_vfs_find(nullptr);
    if (g_real == nullptr) {
        throw std::runtime_error("no default SQLite VFS");
    }
    // Version 1 file methods plus WAL's shared memory (version 2); no mmap.
    std::memset(&g_methods, 0, sizeof g_methods);
    g_methods.iVersion = 2;
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;

    g_vfs = *g_real; // randomness, sleep, time, dlopen… as the real one
    g_vfs.iVersion = 1 < g_real->iVersion ? g_real->iVersion : 1;
    g_vfs.szOsFile = static_cast<int>(sizeof(File)) + g_real->szOsFile;
    g_vfs.pNext = nullptr;
    g_vfs.zName = "innspill-failing";
    g_vfs.pAppData = nullptr;
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    heal();
    sqlite3_vfs_register(&g_vfs, 1);
}

FailingVfs::~FailingVfs() {
    sqlite3_vfs_unregister(&g_vfs);
    sqlite3_vfs_register(g_real, 1);
}

void FailingVfs::failAfter(int64_t writes) {
    g_seen = 0;
    g_allowed = writes;
}

void FailingVfs::heal() {
    g_allowed = -1;
    g_seen = 0;
    g_readOnlyFiles = false;
    g_readOnlyFolder = false;
}

void FailingVfs::readOnly(bool folder) {
    g_readOnlyFiles = true;
    g_readOnlyFolder = folder;
}

int64_t FailingVfs::writesSeen() const {
    return g_seen.load();
}

bool FailingVfs::failing() const {
    const int64_t allowed = g_allowed.load();
    return allowed >= 0 && g_seen.load() > allowed;
}

} // namespace innspill::test
