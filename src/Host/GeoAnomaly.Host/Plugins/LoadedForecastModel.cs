using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Plugins;

/// <summary>A forecast-model instance found in a plugin folder, with where it came from.</summary>
/// <remarks>Kept apart from <see cref="LoadedComponent"/> because a forecast model is not an <see cref="IComponent"/>: it
/// trains on feature rows instead of starting states on channels. Calls into it go through the
/// <see cref="PluginGuard"/> overloads taking this record.</remarks>
/// <param name="PluginName">The plugin (folder and assembly) name, for example <c>GeoAnomaly.Plugins.Forecasting</c>.</param>
/// <param name="AssemblyVersion">The plugin assembly's version.</param>
/// <param name="Folder">Full path of the plugin folder.</param>
/// <param name="Model">The instance.</param>
/// <param name="Info">The model's self-description, read once at load time.</param>
internal sealed record LoadedForecastModel(
    string PluginName,
    Version AssemblyVersion,
    string Folder,
    IForecastModel Model,
    ComponentInfo Info)
{
    /// <summary>The model's configuration name.</summary>
    public string Name => Info.Name;

    /// <summary>Returns <c>plugin P, forecast model n</c>, the prefix of every message about this model.</summary>
    public override string ToString() => $"plugin {PluginName}, {ComponentKind.ForecastModel.Word()} {Name}";
}
