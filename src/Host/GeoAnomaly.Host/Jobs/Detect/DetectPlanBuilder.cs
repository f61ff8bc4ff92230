using System.Text.Json;
using System.Text.Json.Nodes;
using GeoAnomaly.Host.Pipeline;
using GeoAnomaly.Host.Plugins;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>
/// Binds a <see cref="DetectConfig"/> to the loaded components: finds each preprocessing stage and detector by name, binds its options object
/// to the component's options type (<see cref="OptionsBinder"/>) and has the component validate them through the
/// guard; binds and validates the event, calibration and ensemble options. Every problem is collected and reported
/// together, each naming the file, the place in it, the detector and the option.
/// </summary>
internal sealed class DetectPlanBuilder(IReadOnlyList<LoadedComponent> components, PluginGuard guard)
{
    private readonly Dictionary<string, ConfiguredComponent?> _bound = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];
    private readonly List<PluginFault> _faults = [];

    /// <summary>The names a detectors list may use: every loaded detector and <c>ensemble</c>.</summary>
    public IReadOnlyList<string> KnownNames =>
        [.. components.Where(c => c.Kind == ComponentKind.Detector).Select(c => c.Name).Append(EnsembleOptions.ComponentName).Order(StringComparer.Ordinal)];

    /// <summary>The names a preprocess list may use: every loaded preprocessor.</summary>
    public IReadOnlyList<string> KnownPreprocessors =>
        [.. components.Where(c => c.Kind == ComponentKind.Preprocessor).Select(c => c.Name).Order(StringComparer.Ordinal)];

    /// <summary>Builds the plan.</summary>
    /// <param name="config">The configuration as read.</param>
    /// <param name="cancellationToken">Cancels the guarded calls.</param>
    /// <exception cref="DetectConfigException">Unknown detectors, options or keys, or invalid values (a usage error).</exception>
    /// <exception cref="PluginException">A plugin failed while creating or validating its options (a run error).</exception>
    public async Task<DetectPlan> BuildAsync(DetectConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        var plans = new Dictionary<ChannelKind, KindPlan>();
        var fallback = config.Sections.GetValueOrDefault(DetectConfig.DefaultKey);
        foreach (var kind in Enum.GetValues<ChannelKind>())
        {
            var own = config.Sections.GetValueOrDefault(KindNames.Text(kind));
            var entries = own?.Detectors ?? fallback?.Detectors;
            var stages = own?.Preprocess ?? fallback?.Preprocess ?? [];
            if (entries is null && stages.Count == 0)
            {
                continue;
            }

            entries ??= [];
            string section = own?.Detectors is not null || own?.Preprocess is not null ? own.Key : DetectConfig.DefaultKey;
            var events = BindHost<EventFormerOptions>(config.Source, "events", fallback?.Events, own?.Events, own, e => e.Validate());
            var calibration = BindHost<ScoreCalibrationOptions>(config.Source, "calibration", fallback?.Calibration, own?.Calibration, own, c => c.Validate());
            if (calibration.Method != CalibrationMethod.None && !(events.Threshold is > 0 and <= 1))
            {
                string label = own?.Events is not null ? own.Key : DetectConfig.DefaultKey;
                _problems.Add($"{config.Source}: {label}.events: threshold: must be more than 0 and at most 1 for calibrated scores (calibration method {calibration.Method.ToString().ToLowerInvariant()}), got {events.Threshold}");
            }

            var preprocessors = new List<ConfiguredComponent>();
            foreach (var entry in stages)
            {
                if (preprocessors.Any(d => string.Equals(d.Component.Name, entry.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    _problems.Add($"{entry.Where}: preprocessor '{entry.Name}' is listed twice in {section}.preprocess");
                }
                else if (await BindComponentAsync(entry, ComponentKind.Preprocessor, cancellationToken).ConfigureAwait(false) is { } bound)
                {
                    preprocessors.Add(bound);
                }
            }

            var detectors = new List<ConfiguredComponent>();
            foreach (var entry in entries.Where(e => !IsEnsemble(e)))
            {
                if (detectors.Any(d => string.Equals(d.Component.Name, entry.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    _problems.Add($"{entry.Where}: detector '{entry.Name}' is listed twice in {section}.detectors");
                }
                else if (await BindComponentAsync(entry, ComponentKind.Detector, cancellationToken).ConfigureAwait(false) is { } bound)
                {
                    detectors.Add(bound);
                }
            }

            var ensembles = new List<PlannedEnsemble>();
            foreach (var entry in entries.Where(IsEnsemble))
            {
                if (BindEnsemble(entry, entries, section, calibration, ensembles) is { } ensemble)
                {
                    ensembles.Add(ensemble);
                }
            }

            plans[kind] = new KindPlan(section, detectors, ensembles, events, calibration) { Preprocessors = preprocessors };
        }

        if (_problems.Count > 0)
        {
            throw new DetectConfigException([.. _problems.Distinct()]);
        }

        if (_faults.Count > 0)
        {
            throw new PluginException(string.Join(Environment.NewLine, _faults.Select(f => f.Message).Distinct()));
        }

        return new DetectPlan(plans);
    }

    private static bool IsEnsemble(DetectorEntry entry) =>
        string.Equals(entry.Name, EnsembleOptions.ComponentName, StringComparison.OrdinalIgnoreCase);

    private async Task<ConfiguredComponent?> BindComponentAsync(DetectorEntry entry, ComponentKind kind, CancellationToken cancellationToken)
    {
        if (_bound.TryGetValue(entry.Where, out var cached))
        {
            return cached;
        }

        _bound[entry.Where] = null;
        var component = components.FirstOrDefault(c => string.Equals(c.Name, entry.Name, StringComparison.OrdinalIgnoreCase));
        if (component is null || component.Kind != kind)
        {
            string role = kind == ComponentKind.Detector ? "detector" : "preprocessor";
            string what = component is null ? $"unknown {role}" : $"is a {(kind == ComponentKind.Detector ? "preprocessor" : "detector")}, not a {role}:";
            var known = kind == ComponentKind.Detector ? KnownNames : KnownPreprocessors;
            _problems.Add($"{entry.Where}: {what} '{entry.Name}'; {role}s are: {(known.Count == 0 ? "(none loaded)" : string.Join(", ", known))}");
            return null;
        }

        string where = entry.Where + ".options";
        // Binding runs the plugin's options constructor and setters, so it goes through the guard too.
        var bound = await guard.InvokeAsync(component, null, "BindOptions", _ => Bind(entry, component, where), cancellationToken).ConfigureAwait(false);
        if (!bound.Succeeded)
        {
            _faults.Add(bound.Fault);
            return null;
        }

        if (bound.Value.Problem is not null)
        {
            _problems.Add(bound.Value.Problem);
            return null;
        }

        var validation = await guard.ValidateAsync(component, bound.Value.Options!, cancellationToken).ConfigureAwait(false);
        if (!validation.Succeeded)
        {
            _faults.Add(validation.Fault);
            return null;
        }

        if (validation.Value.Count > 0)
        {
            _problems.AddRange(validation.Value.Select(e => $"{where}: {(kind == ComponentKind.Detector ? "detector" : "preprocessor")} {component.Name}: {e}"));
            return null;
        }

        return _bound[entry.Where] = new ConfiguredComponent(component, bound.Value.Options) { Companions = entry.Companions };
    }

    private static BindOutcome Bind(DetectorEntry entry, LoadedComponent component, string where)
    {
        try
        {
            return new BindOutcome(entry.Options is null ? component.Component.CreateDefaultOptions()
                : OptionsBinder.Bind(entry.Options, component.Info.OptionsType, $"{(component.Kind == ComponentKind.Detector ? "detector" : "preprocessor")} {component.Name}", where), null);
        }
        catch (OptionsBindingException e)
        {
            return new BindOutcome(null, e.Message);
        }
    }

    private PlannedEnsemble? BindEnsemble(DetectorEntry entry, IReadOnlyList<DetectorEntry> entries, string section, ScoreCalibrationOptions calibration, List<PlannedEnsemble> earlier)
    {
        string where = entry.Where + ".options";
        EnsembleOptions options;
        try
        {
            options = OptionsBinder.Bind<EnsembleOptions>(entry.Options, EnsembleOptions.ComponentName, where);
        }
        catch (OptionsBindingException e)
        {
            _problems.Add(e.Message);
            return null;
        }

        var errors = options.Validate().Select(e => $"{where}: ensemble: {e}").ToList();
        var detectorNames = entries.Where(e => !IsEnsemble(e)).Select(e => e.Name).ToList();
        var members = options.Members is not { Count: > 0 } ? detectorNames : [.. options.Members];
        foreach (string member in members.Where(m => !detectorNames.Contains(m, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add($"{where}: ensemble: members: '{member}' is not a detector of {section}.detectors ({string.Join(", ", detectorNames)})");
        }

        if (members.Count < 2)
        {
            errors.Add($"{entry.Where}: an ensemble combines at least 2 detectors; it has {members.Count} ({string.Join(", ", members)})");
        }
        else if (options.Method == EnsembleMethod.Vote && options.Votes > members.Count)
        {
            errors.Add($"{where}: ensemble: votes: must be at most the number of members ({members.Count}), got {options.Votes}");
        }

        if (calibration.Method == CalibrationMethod.None)
        {
            errors.Add($"{entry.Where}: an ensemble combines calibrated scores, but the calibration method of {section} is none");
        }

        if (detectorNames.Contains(options.OutputName, StringComparer.OrdinalIgnoreCase) || earlier.Any(e => string.Equals(e.Name, options.OutputName, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"{where}: ensemble: outputName: '{options.OutputName}' is already the name of a detector or ensemble in {section}.detectors");
        }

        _problems.AddRange(errors);
        return errors.Count == 0 ? new PlannedEnsemble(options, members) : null;
    }

    private T BindHost<T>(string source, string part, JsonElement? fallback, JsonElement? own, KindSection? ownSection, Func<T, IEnumerable<OptionError>> validate)
        where T : class, new()
    {
        string where = $"{source}: {(own is not null ? ownSection!.Key : DetectConfig.DefaultKey)}.{part}";
        try
        {
            var options = OptionsBinder.Bind<T>(Merge(fallback, own), "", where);
            _problems.AddRange(validate(options).Select(e => $"{where}: {e}"));
            return options;
        }
        catch (OptionsBindingException e)
        {
            _problems.Add(e.Message);
            return new T();
        }
    }

    private static JsonElement? Merge(JsonElement? fallback, JsonElement? own)
    {
        if (fallback is null || own is null)
        {
            return own ?? fallback;
        }

        var merged = JsonNode.Parse(fallback.Value.GetRawText())!.AsObject();
        foreach (var property in own.Value.EnumerateObject())
        {
            var existing = merged.FirstOrDefault(p => string.Equals(p.Key, property.Name, StringComparison.OrdinalIgnoreCase)).Key;
            if (existing is not null)
            {
                merged.Remove(existing);
            }

            merged[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        }

        return JsonSerializer.SerializeToElement(merged);
    }

    private sealed record BindOutcome(object? Options, string? Problem);
}
