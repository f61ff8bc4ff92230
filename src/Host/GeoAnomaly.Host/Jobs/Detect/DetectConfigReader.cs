using System.Text.Json;
using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Jobs.Detect;

/// <summary>Reads the detectors configuration of <c>geoanomaly detect</c> from a JSON file or inline JSON.</summary>
/// <remarks>
/// <para>The root is an object whose keys are channel kinds (<c>deformation</c>, <c>electromagnetic</c>, <c>fluid</c>,
/// <c>other</c>) or <c>*</c> (every kind without its own section). Each section is an object with up to three keys:</para>
/// <list type="bullet">
/// <item><c>preprocess</c>: the kind's preprocessing chain, run in order before the detectors, each stage on the
/// previous stage's cleaned value: a list of <c>{ "name": "despike", "options": { ... } }</c> (or bare names);</item>
/// <item><c>detectors</c>: a list of <c>{ "name": "robust-zscore", "options": { "windowSize": 120 } }</c> (a bare
/// name string means default options); the name <c>ensemble</c> is the host's combiner, options
/// <c>method</c>, <c>votes</c>, <c>members</c>, <c>outputName</c>;</item>
/// <item><c>events</c>: threshold, mergeGap, minDuration, classifyKinds, kinds (the event-forming options);</item>
/// <item><c>calibration</c>: method, referenceFraction, referenceDays, referenceFrom/To, tailFraction, … ;</item>
/// </list>
/// <para>Any entry (stage or detector) may name <c>"companions"</c>: channels whose samples the component receives
/// beside the channel's own, in that order — a channel code of the same station (<c>"baro"</c>) or a full
/// <c>NET.STA.CHA</c> id (a reference station). A channel whose companion is not among the run's channels is reported
/// and that component does not run on it.</para>
/// <para>A kind's section takes each of these from <c>*</c> when it does not give it; <c>events</c> and
/// <c>calibration</c> are merged key by key (the kind's keys win). A section may be just a list (its detectors), and so
/// may the root (the detectors of <c>*</c>). Comments and trailing commas are allowed. Unknown keys are errors naming the
/// place and listing the keys that exist.</para>
/// </remarks>
internal static class DetectConfigReader
{
    private static readonly string[] s_sectionKeys = ["preprocess", "detectors", "events", "calibration"];
    private static readonly string[] s_entryKeys = ["name", "options", "companions"];

    /// <summary>The section keys accepted at the root: every channel kind and <c>*</c>.</summary>
    public static IReadOnlyList<string> RootKeys { get; } =
        [DetectConfig.DefaultKey, .. Enum.GetValues<ChannelKind>().Select(KindNames.Text)];

    /// <summary>Whether <paramref name="value"/> is inline JSON (starts with <c>{</c> or <c>[</c>) rather than a file path.</summary>
    /// <param name="value">The option's value.</param>
    public static bool IsInline(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string trimmed = value.TrimStart();
        return trimmed.StartsWith('{') || trimmed.StartsWith('[');
    }

    /// <summary>The problem with a <c>--detectors</c> value that names a missing file, or null.</summary>
    /// <param name="value">The option's value, or null when not given.</param>
    public static string? MissingFile(string? value) =>
        value is not null && !IsInline(value) && !File.Exists(value) ? $"--detectors: file {value} does not exist (give a JSON file or inline JSON)" : null;

    /// <summary>Reads <paramref name="value"/>: inline JSON when it starts with <c>{</c> or <c>[</c>, otherwise a file path.</summary>
    /// <param name="value">A file path or inline JSON.</param>
    /// <param name="option">The option it was given with, for messages about inline JSON (<c>--detectors</c>).</param>
    /// <exception cref="DetectConfigException">The file is missing, not JSON, or not in the format above.</exception>
    public static DetectConfig Load(string value, string option)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsInline(value))
        {
            return Parse(value.TrimStart(), option);
        }

        if (!File.Exists(value))
        {
            throw new DetectConfigException([$"{option}: file {value} does not exist"]);
        }

        return Parse(File.ReadAllText(value), value);
    }

    /// <summary>Parses a configuration text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file or option it came from, for messages.</param>
    /// <exception cref="DetectConfigException">Not JSON, or not in the format above.</exception>
    public static DetectConfig Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new DetectConfigException([$"{source}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message.Split(" Path:", 2)[0]}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            var sections = new Dictionary<string, KindSection>(StringComparer.Ordinal);
            if (root.ValueKind == JsonValueKind.Array)
            {
                sections[DetectConfig.DefaultKey] = new KindSection(DetectConfig.DefaultKey, Entries(root, source, DetectConfig.DefaultKey, "detectors"), null, null);
                return new DetectConfig(source, sections);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DetectConfigException([$"{source}: the detectors configuration must be a JSON object with keys {string.Join(", ", RootKeys)}"]);
            }

            foreach (var property in root.EnumerateObject())
            {
                string key = property.Name.Trim().ToLowerInvariant();
                if (!RootKeys.Contains(key) || sections.ContainsKey(key))
                {
                    string why = sections.ContainsKey(key) ? "appears twice" : "is not a channel kind";
                    throw new DetectConfigException([$"{source}: section '{property.Name}' {why}; sections are: {string.Join(", ", RootKeys)}"]);
                }

                sections[key] = Section(property.Value, source, key);
            }

            return new DetectConfig(source, sections);
        }
    }

    private static KindSection Section(JsonElement value, string source, string key)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return new KindSection(key, Entries(value, source, key, "detectors"), null, null);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new DetectConfigException([$"{source}: {key}: must be an object with keys {string.Join(", ", s_sectionKeys)} (or a list of detectors)"]);
        }

        IReadOnlyList<DetectorEntry>? detectors = null;
        IReadOnlyList<DetectorEntry>? preprocess = null;
        JsonElement? events = null;
        JsonElement? calibration = null;
        foreach (var property in value.EnumerateObject())
        {
            switch (property.Name)
            {
                case "detectors":
                    detectors = Entries(property.Value, source, key, "detectors");
                    break;
                case "preprocess":
                    preprocess = Entries(property.Value, source, key, "preprocess");
                    break;
                case "events":
                    events = ObjectOrNull(property.Value, source, $"{key}.events");
                    break;
                case "calibration":
                    calibration = ObjectOrNull(property.Value, source, $"{key}.calibration");
                    break;
                default:
                    throw new DetectConfigException([$"{source}: {key}: unknown key '{property.Name}'; keys are: {string.Join(", ", s_sectionKeys)}"]);
            }
        }

        return new KindSection(key, detectors, events, calibration) { Preprocess = preprocess };
    }

    private static List<DetectorEntry> Entries(JsonElement value, string source, string key, string list)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new DetectConfigException([$"{source}: {key}.{list}: must be a list of {{ \"name\": ..., \"options\": {{ ... }} }}"]);
        }

        var entries = new List<DetectorEntry>();
        int index = 0;
        foreach (var item in value.EnumerateArray())
        {
            string where = $"{source}: {key}.{list}[{index++}]";
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                entries.Add(new DetectorEntry(item.GetString()!.Trim(), null, where));
                continue;
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new DetectConfigException([$"{where}: must be a component name or {{ \"name\": ..., \"options\": {{ ... }} }}"]);
            }

            string? name = null;
            JsonElement? options = null;
            List<string> companions = [];
            foreach (var property in item.EnumerateObject())
            {
                if (property.Name == "name" && property.Value.ValueKind == JsonValueKind.String)
                {
                    name = property.Value.GetString();
                }
                else if (property.Name == "options")
                {
                    options = ObjectOrNull(property.Value, source, where[(source.Length + 2)..] + ".options");
                }
                else if (property.Name == "companions")
                {
                    companions = Companions(property.Value, where);
                }
                else
                {
                    throw new DetectConfigException([$"{where}: unknown key '{property.Name}'; keys are: {string.Join(", ", s_entryKeys)}"]);
                }
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                throw new DetectConfigException([$"{where}: give the component's \"name\" (a text)"]);
            }

            entries.Add(new DetectorEntry(name.Trim(), options, where) { Companions = companions });
        }

        return entries;
    }

    private static List<string> Companions(JsonElement value, string where)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            value = JsonDocument.Parse($"[{value.GetRawText()}]").RootElement;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString())))
        {
            throw new DetectConfigException([$"{where}.companions: must be a list of channel codes of the same station (\"baro\") or NET.STA.CHA ids"]);
        }

        var companions = value.EnumerateArray().Select(v => v.GetString()!.Trim()).ToList();
        foreach (string companion in companions)
        {
            if (companion.Split('.').Length is not (1 or 3))
            {
                throw new DetectConfigException([$"{where}.companions: '{companion}' is neither a channel code nor NET.STA.CHA"]);
            }
        }

        return companions;
    }

    private static JsonElement? ObjectOrNull(JsonElement value, string source, string where) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => value.Clone(),
        _ => throw new DetectConfigException([$"{source}: {where}: must be a JSON object, got {value.ValueKind.ToString().ToLowerInvariant()}"]),
    };
}
