; Inno Setup 6 script: the Windows installer of Observer Desk.
; Built by packaging/build-windows.ps1 (packaging/build.py installer), which passes
;   /DAppVersion=X.Y.Z /DSourceDir=<the one-folder bundle> /DOutputDir=<where the installer goes>
;   /DSetupIcon=<an .ico made from the program's icon>
; The user's databases, settings and backups live in the user data folder
; (%LOCALAPPDATA%\ObserverDesk); the uninstaller removes only what the installer put in {app}.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\bundle\observer-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "Observer Desk"
#define AppExe "observer-desk.exe"

[Setup]
AppId={{6F1C2B7E-3D4A-4E8B-9C5D-0A7F1E2B3C4D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Observer Desk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights, or for all users when allowed.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=ObserverDesk-{#AppVersion}-windows-x64-setup
#ifdef SetupIcon
SetupIconFile={#SetupIcon}
#endif
UninstallDisplayIcon={app}\{#AppExe}
LicenseFile={#SourceDir}\_internal\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "sqliteassoc"; Description: "Open .sqlite mission files with {#AppName}"; GroupDescription: "File association:"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Licences"; Filename: "{app}\_internal\observer_desk\resources\licences\README.md"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Optional association of .sqlite files: offered as "Open with", not taken over from other programs.
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "ObserverDesk.Mission"; ValueData: ""; Flags: uninsdeletevalue; Tasks: sqliteassoc
Root: HKA; Subkey: "Software\Classes\ObserverDesk.Mission"; ValueType: string; ValueName: ""; ValueData: "Observer Desk mission"; Flags: uninsdeletekey; Tasks: sqliteassoc
Root: HKA; Subkey: "Software\Classes\ObserverDesk.Mission\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: sqliteassoc
Root: HKA; Subkey: "Software\Classes\ObserverDesk.Mission\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""; Tasks: sqliteassoc

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries: the databases, backups and settings in the user data folder
; (%LOCALAPPDATA%\ObserverDesk) and the files the user saved elsewhere stay after uninstalling.
