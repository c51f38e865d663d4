@echo off
rem manage.cmd: the polls example's manage.py on Windows, manage COMMAND [OPTIONS]. It is the launcher every generated
rem project has (jango-archetype\src\main\resources\archetype-resources\manage.cmd), told that this app builds
rem inside the checkout's Maven build, so that a change to Jango's own modules rebuilds it too.
setlocal
cd /d "%~dp0"
set "MANAGE_HOME=%~dp0"
set "MANAGE_BUILD=..\..\mvnw.cmd -q -B -f ..\..\pom.xml -pl examples/polls -am compile"
set "MANAGE_WATCH=pom.xml,src,..\..\pom.xml,..\..\jango-*\pom.xml,..\..\jango-*\src\main"
call ..\..\jango-archetype\src\main\resources\archetype-resources\manage.cmd %*
exit /b %ERRORLEVEL%
