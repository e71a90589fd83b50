@echo off
rem Runs the charter command line from this distribution on Windows. Needs a Java 17 or later
rem runtime: JAVA_HOME's, or the java on the PATH. See README.md beside the bin folder.
rem
rem The JVM options are those of bin/charter: CHARTER_JAVA_OPTS replaces the memory options (cmd
rem cannot hold an empty variable: set it to a single space for the JVM's defaults). The first run
rem records the classes it loads into %LOCALAPPDATA%\charter, and later runs map them instead of
rem loading them again; CHARTER_CDS=off runs without. Delete that folder after updating Java.
rem
rem Every path is quoted, so the distribution may live under a folder with spaces in its name;
rem the arguments are passed on to the command exactly as given (%*). No delayed expansion, which
rem would eat the "!" of an argument; no parenthesised blocks around a path, whose ")" would end
rem the block.
setlocal

set "CHARTER_JAR=%~dp0..\lib\charter.jar"
if exist "%CHARTER_JAR%" goto findjava
echo charter: "%CHARTER_JAR%" is missing; unpack the whole archive again 1>&2
exit /b 3

:findjava
set "CHARTER_JAVA=java"
if not defined JAVA_HOME goto pathjava
if exist "%JAVA_HOME%\bin\java.exe" set "CHARTER_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_HOME%\bin\java.exe" goto options
:pathjava
where java >nul 2>nul
if not errorlevel 1 goto options
echo charter: no Java runtime found: install Java 17 or later (for example Eclipse Temurin 1>&2
echo charter: from https://adoptium.net) and put it on the PATH, or set JAVA_HOME 1>&2
exit /b 3

:options
set "CHARTER_OPTS=-XX:+UseSerialGC -Xms16m"
if defined CHARTER_JAVA_OPTS set "CHARTER_OPTS=%CHARTER_JAVA_OPTS%"

rem The class-data-sharing archive: one per copy of the distribution, named after its folder.
set "CHARTER_CDS_OPTS="
set "CHARTER_RECORD="
if /i "%CHARTER_CDS%"=="off" goto run
if not defined LOCALAPPDATA goto run
set "CHARTER_CACHE=%LOCALAPPDATA%\charter"
set "CHARTER_KEY=%~dp0"
set "CHARTER_KEY=%CHARTER_KEY:\=_%"
set "CHARTER_KEY=%CHARTER_KEY::=_%"
set "CHARTER_KEY=%CHARTER_KEY: =_%"
set "CHARTER_ARCHIVE=%CHARTER_CACHE%\charter-%CHARTER_KEY%.jsa"
if exist "%CHARTER_ARCHIVE%" goto mapped
if not exist "%CHARTER_CACHE%\" mkdir "%CHARTER_CACHE%" >nul 2>nul
if not exist "%CHARTER_CACHE%\" goto run
rem Recorded into a file of this run's own and moved into place afterwards, so that two first
rem runs at once never map a half-written archive.
set "CHARTER_RECORD=%CHARTER_ARCHIVE%.%RANDOM%.tmp"
set CHARTER_CDS_OPTS=-XX:ArchiveClassesAtExit="%CHARTER_RECORD%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
goto run
:mapped
set CHARTER_CDS_OPTS=-XX:SharedArchiveFile="%CHARTER_ARCHIVE%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off

:run
"%CHARTER_JAVA%" -Dfile.encoding=UTF-8 %CHARTER_CDS_OPTS% %CHARTER_OPTS% -jar "%CHARTER_JAR%" %*
set "CHARTER_STATUS=%ERRORLEVEL%"
if not defined CHARTER_RECORD goto done
if exist "%CHARTER_RECORD%" move /y "%CHARTER_RECORD%" "%CHARTER_ARCHIVE%" >nul 2>nul
if exist "%CHARTER_RECORD%" del /q "%CHARTER_RECORD%" >nul 2>nul
:done
exit /b %CHARTER_STATUS%
