@echo off
rem manage.cmd: this project's manage.py on Windows: manage COMMAND [OPTIONS], e.g. manage runserver, manage help.
rem The same as ./manage (read it for the whole story): builds when there is no build or pom.xml or a file under src\
rem changed since, then runs the command on the JVM with the class path the build cached in target\manage.classpath.
rem JAVA_HOME picks the JDK (25 or newer); JANGO_JAVA_OPTS adds JVM options; MANAGE_BUILD, MANAGE_WATCH (a
rem comma-separated list), MANAGE_MAIN and MANAGE_HOME are for projects built inside a larger Maven build.
setlocal
if defined MANAGE_HOME (cd /d "%MANAGE_HOME%") else (cd /d "%~dp0")

set "JAVA_EXE=java"
if not defined JAVA_HOME goto build
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA_EXE%" (
  echo JAVA_HOME is %JAVA_HOME%, but there is no %JAVA_EXE%. Point JAVA_HOME at a JDK 25. 1>&2
  exit /b 1
)
if not exist "%JAVA_HOME%\release" goto build
set "JAVA_VERSION="
for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release"') do set "JAVA_VERSION=%%~v"
for /f "delims=.+-" %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if defined JAVA_MAJOR if %JAVA_MAJOR% LSS 25 (
  echo Jango needs JDK 25 or newer, but manage.cmd found Java %JAVA_VERSION% at JAVA_HOME=%JAVA_HOME%. 1>&2
  echo Point JAVA_HOME at a JDK 25, for example: set JAVA_HOME=C:\path\to\jdk-25 1>&2
  exit /b 1
)

:build
if not defined MANAGE_WATCH set "MANAGE_WATCH=pom.xml,src"
set "STALE="
if not exist target\manage.classpath set "STALE=1"
if not defined STALE for /f %%s in ('powershell -NoProfile -Command "$t = (Get-Item 'target\manage.classpath').LastWriteTime; foreach ($f in Get-ChildItem -Recurse -File -Path %MANAGE_WATCH% -ErrorAction SilentlyContinue) { if ($f.LastWriteTime -gt $t) { 'stale'; break } }"') do set "STALE=1"
if not defined STALE goto run
echo Building (the first time takes a minute; again only when pom.xml or sources change)... 1>&2
if defined MANAGE_BUILD (call %MANAGE_BUILD%) else (call mvnw.cmd -q -B compile)
if errorlevel 1 (
  echo The build failed ^(above^): fix it and run manage again. 1>&2
  exit /b 1
)
powershell -NoProfile -Command "(Get-Item 'target\manage.classpath').LastWriteTime = Get-Date"

:run
if not defined MANAGE_MAIN for /f "delims=" %%m in ('powershell -NoProfile -Command "([xml](Get-Content -Raw pom.xml)).project.properties.'main.class'"') do set "MANAGE_MAIN=%%m"
if not defined MANAGE_MAIN (
  echo No main class: set the ^<main.class^> property in pom.xml to the class that calls Manage.main. 1>&2
  exit /b 1
)
rem The class path goes through CLASSPATH, not -cp: an environment variable may be far longer than a command line.
for /f "usebackq delims=" %%c in ("target\manage.classpath") do set "CLASSPATH=target\classes;%%c"
rem A command other than runserver and shell ends within seconds: the quick compiler alone starts it faster.
set "QUICK=-XX:TieredStopAtLevel=1"
if /i "%~1"=="runserver" set "QUICK="
if /i "%~1"=="shell" set "QUICK="
"%JAVA_EXE%" --add-opens java.base/java.lang=ALL-UNNAMED -Djdk.trackAllThreads=false --enable-native-access=ALL-UNNAMED %QUICK% %JANGO_JAVA_OPTS% %MANAGE_MAIN% %*
exit /b %ERRORLEVEL%
