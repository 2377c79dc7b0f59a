@echo off
rem ziping launcher for Windows: runs the jar with the start-up options (class-data sharing
rem archive, quick JIT). The jar is found beside this script or in ..\target; ZIPING_JAR overrides.
setlocal
set "ZDIR=%~dp0"
if not defined ZIPING_JAR if exist "%ZDIR%ziping.jar" set "ZIPING_JAR=%ZDIR%ziping.jar"
if not defined ZIPING_JAR if exist "%ZDIR%..\target\ziping.jar" set "ZIPING_JAR=%ZDIR%..\target\ziping.jar"
if not defined ZIPING_JAR (
  echo 找不到 ziping.jar：请先构建（mvn -q -B -DskipTests package），或设置 ZIPING_JAR。 1>&2
  exit /b 2
)
for %%F in ("%ZIPING_JAR%") do set "ZIPING_JAR=%%~fF" & set "ZJSA=%%~dpnF.jsa"
set "ZJAVA=java"
if defined JAVA_HOME set "ZJAVA=%JAVA_HOME%\bin\java"
set "ZOPTS=-XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -Dziping.relaunched=true"
if exist "%ZJSA%" set "ZOPTS=%ZOPTS% -XX:SharedArchiveFile="%ZJSA%""
"%ZJAVA%" %ZIPING_JAVA_OPTS% %ZOPTS% -jar "%ZIPING_JAR%" %*
exit /b %ERRORLEVEL%
