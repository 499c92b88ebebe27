// The folders a cloud-sync client keeps in step on this machine, as the
// system names them. On Windows: OneDrive's folders (%OneDrive%,
// %OneDriveCommercial%, %OneDriveConsumer%) and every library OneDrive syncs
// (SharePoint and Teams sites, shared folders), which it records under
// HKCU\Software\SyncEngines\Providers\OneDrive\*\MountPoint. Elsewhere none:
// the sync clients there are known by their folders' names.
#pragma once

#include <filesystem>
#include <vector>

namespace innspill::os {

std::vector<std::filesystem::path> cloudSyncRoots();

} // namespace innspill::os
