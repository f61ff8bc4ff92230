using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Plugins;

/// <summary>A component instance found in a plugin folder, with where it came from.</summary>
/// <param name="PluginName">The plugin (folder and assembly) name, for example <c>GeoAnomaly.Plugins.Ssa</c>.</param>
/// <param name="AssemblyVersion">The plugin assembly's version.</param>
/// <param name="Folder">Full path of the plugin folder.</param>
/// <param name="Component">The instance; every call into it goes through <see cref="PluginGuard"/>.</param>
/// <param name="Kind">Detector or preprocessor.</param>
/// <param name="Info">The component's self-description, read once at load time.</param>
internal sealed record LoadedComponent(
    string PluginName,
    Version AssemblyVersion,
    string Folder,
    IComponent Component,
    ComponentKind Kind,
    ComponentInfo Info)
{
    /// <summary>The component's configuration name.</summary>
    public string Name => Info.Name;

    /// <summary>Returns <c>plugin P, detector n</c>, the prefix of every message about this component.</summary>
    public override string ToString() => $"plugin {PluginName}, {Kind.Word()} {Name}";
}

/// <summary>A plugin folder that loaded.</summary>
/// <param name="Name">Folder and assembly name.</param>
/// <param name="AssemblyVersion">The assembly's version.</param>
/// <param name="Folder">Full path of the folder.</param>
internal sealed record LoadedPlugin(string Name, Version AssemblyVersion, string Folder);
