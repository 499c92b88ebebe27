#!/usr/bin/env python3
"""The installer's WiX source for wixl (msitools), from the staged folder
scripts/windows.sh makes: every file of it under Program Files\\Innspill, a
Start-menu entry with the icon, `.innspill` files opened by Innspill
(`innspill.exe open FILE`), and uninstall from Windows' apps list.

    make_wxs.py STAGE VERSION ICON > Innspill.wxs

File paths in it are relative to the current folder (wixl refuses absolute
ones): run wixl from the same folder.
GUIDs are derived from the names (uuid5), so a rebuild makes the same
components and an upgrade replaces them.
"""
import os
import sys
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

NAMESPACE = uuid.UUID("6f3c1c2e-9a51-4d8e-9a43-1b7e0c0f5a11")
UPGRADE_CODE = "{4A8E2F61-3C0B-4F5D-9E7A-2D1B6C9F0E84}"


def guid(name: str) -> str:
    return "{" + str(uuid.uuid5(NAMESPACE, name)).upper() + "}"


def ident(prefix: str, name: str) -> str:
    """An MSI identifier: letters, digits, _ and . (72 characters at most)."""
    clean = "".join(c if c.isalnum() or c in "_." else "_" for c in name)
    return (prefix + "_" + clean)[:60] + "_" + uuid.uuid5(NAMESPACE, name).hex[:8]


def relative(path: Path) -> str:
    return os.path.relpath(path, Path.cwd())


def main(stage: Path, version: str, icon: Path) -> None:
    components = []
    out = []

    def directory(path: Path, indent: str) -> None:
        for entry in sorted(path.iterdir()):
            rel = entry.relative_to(stage).as_posix()
            if entry.is_dir():
                out.append(f'{indent}<Directory Id="{ident("d", rel)}" Name={quoteattr(entry.name)}>')
                directory(entry, indent + "  ")
                out.append(f"{indent}</Directory>")
                continue
            cid = ident("c", rel)
            components.append(cid)
            out.append(f'{indent}<Component Id="{cid}" Guid="{guid(rel)}" Win64="yes">')
            if rel == "innspill.exe":
                out.append(f'{indent}  <File Id="innspill.exe" Name="innspill.exe" '
                           f'Source={quoteattr(relative(entry))} KeyPath="yes"/>')
                classes = r"Software\Classes"
                values = [
                    (rf"{classes}\.innspill", "Innspill.Event"),
                    (rf"{classes}\Innspill.Event", "Innspill"),
                    (rf"{classes}\Innspill.Event\DefaultIcon", "[#innspill.exe],0"),
                    (rf"{classes}\Innspill.Event\shell\open\command",
                     '"[#innspill.exe]" open "%1"'),
                ]
                for key, value in values:
                    out.append(f'{indent}  <RegistryValue Root="HKLM" Key={quoteattr(key)} '
                               f'Type="string" Value={quoteattr(value)}/>')
            else:
                out.append(f'{indent}  <File Id="{ident("f", rel)}" Name={quoteattr(entry.name)} '
                           f'Source={quoteattr(relative(entry))} KeyPath="yes"/>')
            out.append(f"{indent}</Component>")

    directory(stage, "          ")
    components.append("StartMenu")
    refs = "\n".join(f'      <ComponentRef Id="{c}"/>' for c in components)
    files = "\n".join(out)
    print(f'''<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="*" Name="Innspill" Language="1033" Codepage="1252" Version="{version}"
           Manufacturer="Innspill" UpgradeCode="{UPGRADE_CODE}">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine"
             Description="Innspill {version}" Comments="Open Space workshops into one report"/>
    <Media Id="1" Cabinet="innspill.cab" EmbedCab="yes"/>
    <Icon Id="innspill.ico" SourceFile={quoteattr(relative(icon))}/>
    <Property Id="ARPPRODUCTICON" Value="innspill.ico"/>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" Name="Innspill">
{files}
        </Directory>
      </Directory>
      <Directory Id="ProgramMenuFolder">
        <Component Id="StartMenu" Guid="{guid("start-menu")}" Win64="yes">
          <Shortcut Id="StartMenuShortcut" Name="Innspill" Description="Innspill"
                    Target="[INSTALLDIR]innspill.exe" WorkingDirectory="INSTALLDIR"
                    Icon="innspill.ico"/>
          <RegistryValue Root="HKCU" Key="Software\\Innspill" Name="StartMenu" Type="integer"
                         Value="1" KeyPath="yes"/>
        </Component>
      </Directory>
    </Directory>
    <Feature Id="Innspill" Title="Innspill" Level="1">
{refs}
    </Feature>
  </Product>
</Wix>''')


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve(), sys.argv[2], Path(sys.argv[3]).resolve())
