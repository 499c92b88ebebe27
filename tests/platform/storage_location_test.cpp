// Network shares and cloud-sync folders, from fixture mountinfo text.
#include "platform/storage_location.hpp"

#include <catch2/catch.hpp>

#ifdef _WIN32
#include <windows.h>
#endif

using namespace innspill::platform;

namespace {

// Trimmed from a real Debian laptop, plus a share of each kind.
constexpr const char* kMountInfo =
    "22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw,errors=remount-ro\n"
    "23 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw\n"
    "30 22 259:3 / /home rw,relatime shared:30 - ext4 /dev/nvme0n1p3 rw\n"
    "41 30 0:45 / /home/kari/jobb rw,relatime shared:40 - cifs //nas/felles rw,vers=3.1.1\n"
    "42 30 0:46 / /mnt/nfs rw,relatime shared:41 - nfs4 server:/export rw,vers=4.2\n"
    "43 30 0:47 / /home/kari/fjern\\040disk rw,nosuid,nodev,relatime shared:42 - fuse.sshfs "
    "kari@host:/srv rw,user_id=1000\n"
    "44 30 0:48 / /home/kari/jobb/lokal rw,relatime shared:43 - ext4 /dev/sdb1 rw\n"
    "this line is not a mount\n";

} // namespace

TEST_CASE("mountinfo lines are parsed, escapes undone, junk skipped", "[platform]") {
    const auto entries = parseMountInfo(kMountInfo);
    REQUIRE(entries.size() == 7);
    CHECK(entries[0].mountPoint == "/");
    CHECK(entries[0].fsType == "ext4");
    CHECK(entries[3].fsType == "cifs");
    CHECK(entries[5].mountPoint == "/home/kari/fjern disk");
    CHECK(entries[5].fsType == "fuse.sshfs");
    CHECK(parseMountInfo("").empty());
}

TEST_CASE("the longest mount point decides the file system", "[platform]") {
    CHECK(classifyStorage("/home/kari/sessions/a.innspill", kMountInfo).kind == StorageKind::Local);
    const auto cifs = classifyStorage("/home/kari/jobb/arena/a.innspill", kMountInfo);
    CHECK(cifs.kind == StorageKind::Network);
    CHECK(cifs.what == "cifs");
    CHECK(classifyStorage("/mnt/nfs/a.innspill", kMountInfo).what == "nfs4");
    CHECK(classifyStorage("/home/kari/fjern disk/a.innspill", kMountInfo).what == "fuse.sshfs");
    // A local disk mounted inside the share is local again.
    CHECK(classifyStorage("/home/kari/jobb/lokal/a.innspill", kMountInfo).kind ==
          StorageKind::Local);
    // A prefix of a name is not its mount point.
    CHECK(classifyStorage("/home/kari/jobbmappe/a.innspill", kMountInfo).kind ==
          StorageKind::Local);
    CHECK(classifyStorage("/mnt/nfs/../x/a.innspill", kMountInfo).kind == StorageKind::Local);
}

TEST_CASE("cloud-sync folders are recognised by name", "[platform]") {
    for (const char* path :
         {"/home/kari/Dropbox/arena/a.innspill", "/home/kari/Dropbox (Firma)/a.innspill",
          "/home/kari/OneDrive - Kommunen/a.innspill", "/home/kari/Nextcloud/a.innspill",
          "/home/kari/ownCloud/a.innspill", "/home/kari/Google Drive/a.innspill",
          "/Users/kari/Library/Mobile Documents/com~apple~CloudDocs/a.innspill",
          "/home/kari/nextcloud/a.innspill"}) {
        INFO(path);
        CHECK(classifyStorage(path, kMountInfo).kind == StorageKind::CloudSync);
    }
    CHECK(classifyStorage("/home/kari/Dropbox/a.innspill", kMountInfo).what == "Dropbox");
    // Only folders count, not the file's own name.
    CHECK(classifyStorage("/home/kari/Dropbox.innspill", kMountInfo).kind == StorageKind::Local);
    CHECK(classifyStorage("/home/kari/arena/a.innspill", "").kind == StorageKind::Local);
}

TEST_CASE("Windows: UNC names and mapped network drives are on the network", "[platform]") {
    const auto share = classifyWindowsStorage(R"(\\nas\felles\arena\a.innspill)", false, {});
    CHECK(share.kind == StorageKind::Network);
    CHECK(share.what == R"(\\nas\felles)");
    CHECK(classifyWindowsStorage(R"(\\?\UNC\nas\felles\a.innspill)", false, {}).what ==
          R"(\\nas\felles)");
    CHECK(classifyWindowsStorage("//nas/felles/a.innspill", false, {}).kind ==
          StorageKind::Network);
    // SharePoint opened as a WebDAV share is a UNC name too.
    CHECK(
        classifyWindowsStorage(R"(\\kommunen.sharepoint.com@SSL\DavWWWRoot\a.innspill)", false, {})
            .kind == StorageKind::Network);
    // A drive letter the system calls remote (GetDriveTypeW: DRIVE_REMOTE).
    const auto mapped = classifyWindowsStorage(R"(Z:\Arena\a.innspill)", true, {});
    CHECK(mapped.kind == StorageKind::Network);
    CHECK(mapped.what == "Z:");
    // A local drive, also behind the long-path prefix.
    CHECK(classifyWindowsStorage(R"(C:\Users\kari\Documents\a.innspill)", false, {}).kind ==
          StorageKind::Local);
    CHECK(classifyWindowsStorage(R"(\\?\C:\Users\kari\a.innspill)", false, {}).kind ==
          StorageKind::Local);
}

TEST_CASE("Windows: OneDrive and its SharePoint libraries are cloud-synced", "[platform]") {
    const std::vector<std::string> roots{R"(C:\Users\kari\OneDrive - Kommunen)",
                                         R"(C:\Users\kari\Kommunen\Åpen arena - Dokumenter)"};
    const auto library = classifyWindowsStorage(
        R"(c:\users\KARI\Kommunen\åpen arena - dokumenter\2026\a.innspill)", false, roots);
    // Case is ignored as Windows ignores it, æøå too.
    CHECK(library.kind == StorageKind::CloudSync);
    CHECK(library.what == "Åpen arena - Dokumenter");
    CHECK(classifyWindowsStorage(R"(C:\Users\kari\OneDrive - Kommunen\a.innspill)", false, roots)
              .what == "OneDrive - Kommunen");
    // A folder named like a sync client, without the system saying so.
    CHECK(classifyWindowsStorage(R"(D:\Dropbox\arena\a.innspill)", false, {}).what == "Dropbox");
    CHECK(classifyWindowsStorage(R"(C:\Users\kari\OneDrive\a.innspill)", false, {}).kind ==
          StorageKind::CloudSync);
    // Only inside the root, not beside it or above it.
    CHECK(classifyWindowsStorage(R"(C:\Users\kari\Kommunen\a.innspill)", false, roots).kind ==
          StorageKind::Local);
    CHECK(classifyWindowsStorage(R"(C:\Users\kari\OneDrive - Kommunen\..\a.innspill)", false, roots)
              .kind == StorageKind::Local);
    // The file's own name does not count.
    CHECK(classifyWindowsStorage(R"(C:\Users\kari\Dropbox.innspill)", false, {}).kind ==
          StorageKind::Local);
}

#ifdef _WIN32
TEST_CASE("Windows: this process's OneDrive folder is recognised", "[platform]") {
    const std::filesystem::path temp = std::filesystem::temp_directory_path();
    REQUIRE(SetEnvironmentVariableW(L"OneDriveCommercial", temp.c_str()));
    const auto location = storageLocationOf(temp / "a.innspill");
    SetEnvironmentVariableW(L"OneDriveCommercial", nullptr);
    CHECK(location.kind == StorageKind::CloudSync);
    CHECK(storageLocationOf(temp / "a.innspill").kind == StorageKind::Local);
}
#endif
