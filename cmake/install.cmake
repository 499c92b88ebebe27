# What `cmake --install` puts where (GNUInstallDirs; the .deb is made from the
# same rules, cmake/package.cmake). Only the program and its desktop
# integration are installed: test binaries, benchmarks and the static
# libraries have no install rules.
set(INNSPILL_LINUX_ASSETS ${PROJECT_SOURCE_DIR}/assets/linux)
set(INNSPILL_ICONS ${PROJECT_SOURCE_DIR}/assets/icons)

install(TARGETS innspill RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The icon theme: one PNG per size (scripts/icons.sh makes them) and the SVG.
foreach(size 16 24 32 48 64 128 256 512)
  install(FILES ${INNSPILL_ICONS}/${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME ${INNSPILL_APP_ID}.png)
endforeach()
install(FILES ${INNSPILL_ICONS}/${INNSPILL_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

install(FILES ${INNSPILL_LINUX_ASSETS}/${INNSPILL_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${INNSPILL_LINUX_ASSETS}/${INNSPILL_APP_ID}.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES ${INNSPILL_LINUX_ASSETS}/${INNSPILL_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The manual page and the changelog, compressed the way Debian wants them
# (gzip -9, no name or time stamp: the same bytes on every build). Done at
# configure time so installing needs no build step of its own.
find_program(INNSPILL_GZIP gzip REQUIRED)
set(INNSPILL_GZIPPED ${PROJECT_BINARY_DIR}/gzipped)
file(MAKE_DIRECTORY ${INNSPILL_GZIPPED})
foreach(source innspill.1 changelog)
  execute_process(COMMAND ${INNSPILL_GZIP} -9nc ${INNSPILL_LINUX_ASSETS}/${source}
                  OUTPUT_FILE ${INNSPILL_GZIPPED}/${source}.gz COMMAND_ERROR_IS_FATAL ANY)
  set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND
               PROPERTY CMAKE_CONFIGURE_DEPENDS ${INNSPILL_LINUX_ASSETS}/${source})
endforeach()
install(FILES ${INNSPILL_GZIPPED}/innspill.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${INNSPILL_GZIPPED}/changelog.gz ${INNSPILL_LINUX_ASSETS}/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# `cmake --install` and cpack install what is built; they do not build the
# whole tree (tests included) first. The package test (tests/package/) and
# scripts/package.sh build what they package themselves.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
