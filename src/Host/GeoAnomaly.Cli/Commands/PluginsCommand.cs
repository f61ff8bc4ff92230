using System.CommandLine;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Cli.Commands;

/// <summary><c>geoanomaly plugins</c>: lists loaded plugins, their components and forecast models, and every option with default and description.</summary>
internal sealed class PluginsCommand : CliCommand<PluginsCommand.Settings>
{
    private static readonly Option<string?> s_component = new("--component")
    {
        Description = "Show only the component or forecast model with this name.",
    };

    public override Command Define() => new("plugins", "List loaded plugins, their components and forecast models, options, defaults and documentation.") { s_component };

    protected override Settings Bind(ParseResult result) => new(result.GetValue(s_component));

    protected override async Task<int> ExecuteAsync(Settings settings, CliContext context, CancellationToken cancellationToken)
    {
        var searchPath = PluginSearchPath.FromEnvironment(context.PluginFolders);
        using var catalog = PluginCatalog.Load(searchPath, context.Log);
        var guard = new PluginGuard(new PluginGuardOptions(), context.Log);
        var output = context.Out;
        await output.WriteLineAsync($"searched: {string.Join(", ", searchPath.Roots.Select(r => $"{r.Path} ({r.SourceName})"))}").ConfigureAwait(false);
        if (settings.Component is not null && !catalog.TryFind(settings.Component, out _) && !catalog.TryFindForecastModel(settings.Component, out _))
        {
            string known = string.Join(", ", catalog.Components.Select(c => c.Name).Concat(catalog.ForecastModels.Select(m => m.Name)));
            throw new UsageException($"--component: no component or forecast model named '{settings.Component}'; they are: {known}");
        }

        bool Shown(string name) => settings.Component is null || string.Equals(name, settings.Component, StringComparison.OrdinalIgnoreCase);
        foreach (var plugin in catalog.Plugins)
        {
            var components = catalog.Components.Where(c => c.PluginName == plugin.Name && Shown(c.Name)).ToList();
            var models = catalog.ForecastModels.Where(m => m.PluginName == plugin.Name && Shown(m.Name)).ToList();
            if (components.Count == 0 && models.Count == 0 && settings.Component is not null)
            {
                continue;
            }

            await output.WriteLineAsync($"plugin {plugin.Name} {plugin.AssemblyVersion} ({plugin.Folder})").ConfigureAwait(false);
            foreach (var component in components)
            {
                string mode = component.Info.Mode == ProcessingMode.Causal ? "causal, streaming" : "retrospective";
                await output.WriteLineAsync($"  {component.Kind.Word()} {component.Name} ({mode}): {component.Info.Summary}").ConfigureAwait(false);
                await WriteOptionsAsync(output, component.Info, await guard.CreateDefaultOptionsAsync(component, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            }

            foreach (var model in models)
            {
                await output.WriteLineAsync($"  {ComponentKind.ForecastModel.Word()} {model.Name}: {model.Info.Summary}").ConfigureAwait(false);
                await WriteOptionsAsync(output, model.Info, await guard.CreateDefaultOptionsAsync(model, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }

        if (catalog.Components.Count == 0 && catalog.ForecastModels.Count == 0)
        {
            await output.WriteLineAsync("no components found").ConfigureAwait(false);
        }

        foreach (var error in catalog.Errors)
        {
            await context.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
        }

        return catalog.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.DataError;
    }

    private static async Task WriteOptionsAsync(TextWriter output, ComponentInfo info, PluginCallResult<object> defaults)
    {
        if (!defaults.Succeeded)
        {
            await output.WriteLineAsync($"    options unavailable: {defaults.Fault}").ConfigureAwait(false);
            return;
        }

        foreach (var property in info.OptionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || property.Name == "EqualityContract")
            {
                continue;
            }

            string name = OptionError.ConfigName(property.Name);
            string type = TypeName(property.PropertyType);
            string value = Format(property.GetValue(defaults.Value));
            string description = property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "";
            await output.WriteLineAsync($"    {name,-30} {type,-10} default {value,-12} {description}").ConfigureAwait(false);
        }
    }

    private static string TypeName(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            return string.Join('|', Enum.GetNames(underlying));
        }

        return underlying.Name switch
        {
            "Int32" or "Int64" => "integer",
            "Double" or "Single" => "number",
            "Boolean" => "true|false",
            "String" => "text",
            "TimeSpan" => "duration",
            _ => underlying.Name,
        };
    }

    private static string Format(object? value) => value switch
    {
        null => "(none)",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable e and not string => "[" + string.Join(", ", e.Cast<object>()) + "]",
        _ => value.ToString() ?? "",
    };

    internal sealed record Settings(string? Component) : ICommandSettings
    {
        public IEnumerable<string> Validate() => [];
    }
}
