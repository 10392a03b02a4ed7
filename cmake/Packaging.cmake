# Installation and packages: the Debian package on Linux (cpack -G DEB) with the console, its
# desktop entry and icon; on Windows a ZIP (cpack -G ZIP) and on macOS a disk image
# (cpack -G DragNDrop), each with the Qt libraries and plugins the console needs beside it.
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

if(WIN32)
    # Libraries the console links that are not Qt's, when they are DLLs (QtKeychain built from
    # source is; spdlog and fmt are with vcpkg's x64-windows triplet, not with x64-windows-static-md).
    foreach(library IN ITEMS qt6keychain spdlog::spdlog fmt::fmt)
        if(TARGET ${library})
            get_target_property(library_type ${library} TYPE)
            get_target_property(library_imported ${library} IMPORTED)
            if(library_imported AND library_type STREQUAL "SHARED_LIBRARY")
                install(IMPORTED_RUNTIME_ARTIFACTS ${library}
                    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
                    LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
            endif()
        endif()
    endforeach()
    # The Visual C++ runtime DLLs, so that the folder runs without the redistributable installed.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

if(APPLE)
    set(BTS_MACOS_BUNDLE_IDENTIFIER "org.bts-logship.console" CACHE STRING
        "CFBundleIdentifier of bts-logship.app")
    set_target_properties(bts-logship PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "bts-logship"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${BTS_MACOS_BUNDLE_IDENTIFIER}"
        MACOSX_BUNDLE_INFO_STRING "${PROJECT_DESCRIPTION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
endif()

if(WIN32 OR APPLE)
    # Qt's own catalogue (wizard and dialog buttons) for the console's languages, under the name
    # the console loads (qtbase_<language>.qm): macdeployqt copies no translations, and
    # windeployqt merges them into qt_<language>.qm. The console looks in Contents/Resources on
    # macOS and in Qt's translations folder (beside bin/, through qt.conf) on Windows.
    if(APPLE)
        set(qt_translations_destination bts-logship.app/Contents/Resources/translations)
    else()
        set(qt_translations_destination translations)
    endif()
    set(qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
    foreach(language IN ITEMS de)
        if(EXISTS "${qt_translations}/qtbase_${language}.qm")
            install(FILES "${qt_translations}/qtbase_${language}.qm"
                DESTINATION ${qt_translations_destination})
        endif()
    endforeach()

    # windeployqt or macdeployqt on the installed console, through Qt's deployment support
    # (Qt 6.3 or newer). The App Store compliance of macdeployqt is off: it would leave out the
    # ODBC SQL driver, the one the console talks to SQL Server through.
    if(APPLE)
        set(deploy_executable "$<TARGET_FILE_NAME:bts-logship>.app")
        set(deploy_options NO_APP_STORE_COMPLIANCE)
    else()
        set(deploy_executable "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:bts-logship>")
        set(deploy_options GENERATE_QT_CONF)
    endif()
    set(deploy_script "${PROJECT_BINARY_DIR}/deploy-bts-logship-$<CONFIG>.cmake")
    file(GENERATE OUTPUT "${deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${deploy_executable}\"
    ${deploy_options}
)
")
    install(SCRIPT "${deploy_script}")
    if(APPLE)
        # macdeployqt rewrites the libraries' install names, which breaks their signatures: the
        # bundle is signed again (ad hoc), or macOS on Apple silicon refuses to load it.
        install(CODE "
execute_process(
    COMMAND codesign --force --deep --sign - \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bts-logship.app\"
    RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR \"codesign failed: \${result}\")
endif()
")
    endif()
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
# Qt's own strings (the wizards' and dialogs' buttons) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
if(WIN32 AND NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR ZIP)
elseif(APPLE AND NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "BizTalk Log Shipping Console")
endif()
include(CPack)
