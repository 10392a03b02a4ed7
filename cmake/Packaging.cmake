# Installation and the Debian package (cpack -G DEB): the console, its desktop entry and icon.
include(GNUInstallDirs)

install(TARGETS bts-logship
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)
if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/bts-logship.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME bts-logship.svg)
endif()

set(CPACK_PACKAGE_NAME bts-logship)
set(CPACK_PACKAGE_VENDOR "BizTalk Log Shipping Console")
set(CPACK_PACKAGE_CONTACT "BizTalk Log Shipping Console <bts-logship@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "BizTalk Log Shipping Console")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON) # the debug information stays in the build folder
set(CPACK_DEBIAN_PACKAGE_SECTION database)
# The libraries the executable links, found by dpkg-shlibdeps; the ODBC and SQLite Qt SQL
# plugins are loaded at run time, so they are named here, with the SQL Server ODBC driver of
# Debian (FreeTDS) suggested.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-odbc, libqt6sql6-sqlite, libqt6svg6, unixodbc")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "tdsodbc")
include(CPack)
