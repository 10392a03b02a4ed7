# One place for the warning flags every target of the project is built with.
function(bts_set_warnings target)
    if(MSVC)
        # /bigobj: test files with many GoogleTest cases exceed the default section limit.
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8 /bigobj)
        if(BTS_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
        if(BTS_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        BTS_VERSION="${PROJECT_VERSION}")
    # The oldest Qt the console builds with is 6.4: what a newer Qt deprecated after it stays in
    # use until 6.4 is dropped, so a newer Qt (Homebrew's, the Windows CI's) does not warn about it.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        target_compile_definitions(${target} PRIVATE QT_DEPRECATED_WARNINGS_SINCE=0x060400)
    endif()
endfunction()

# Every target's sources are UTF-8, also those that do not call bts_set_warnings (the test
# support library): MSVC would read them in the system's code page, and fmt refuses that.
if(MSVC)
    add_compile_options(/utf-8)
endif()

if(BTS_SANITIZE AND NOT MSVC)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
