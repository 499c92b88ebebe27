# The .deb (cpack -G DEB, or scripts/package.sh): the install rules of
# cmake/install.cmake packed as `innspill_<version>_<arch>.deb`. Library
# dependencies are found by dpkg-shlibdeps (package dpkg-dev); what the
# binary needs but does not link is listed by hand below.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME innspill)
set(CPACK_PACKAGE_VENDOR "The Innspill developers")
set(CPACK_PACKAGE_CONTACT "The Innspill developers <innspill@innspill.github.io>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "run Open Space workshops and write their report")
set(CPACK_PACKAGE_DESCRIPTION
    "Innspill runs Open Space (Norwegian: Åpen Arena) workshops from the first
plan to the final report. Organisers set up the event, its programme and
themes, run the marketplace wall on a projector and export one consolidated
report in PDF, DOCX, HTML, Markdown, CSV or XLSX. Support facilitators
capture each group's inputs live on their own laptops in kits that are
merged back. Each event is one SQLite file, saved as it changes, with
rolling backups. Works offline, in Norwegian first.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # innspill_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://innspill.github.io/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The fonts are used from the system (src/platform/fonts.cpp), not bundled:
# Inter for the UI with the Material icons merged in, DejaVu behind it (and
# without both the UI falls back to a font with no æøå). Mesa's drivers give the
# OpenGL 3.3 context on most machines, but a vendor driver does as well, so
# they are only recommended; xdg-open opens exported reports.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fonts-dejavu-core, fonts-inter, fonts-material-design-icons-iconfont")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libgl1-mesa-dri, xdg-utils")
# Strip the binary; control files with the permissions dpkg and lintian expect.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Menus, MIME and icon caches are refreshed by dpkg triggers of
# desktop-file-utils, shared-mime-info and hicolor-icon-theme: no
# maintainer scripts.

include(CPack)
