using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>
/// Merges a JSON config file into the command line: each key is an option name of the command (with or without the
/// leading dashes), each value its value (arrays repeat the option; objects pass as inline JSON). Values given on the
/// command line win. An unknown key is a usage error that names the file, the key and the options that exist.
/// </summary>
internal static class ConfigFile
{
    public static string[] Merge(string path, Command command, IReadOnlyList<string> args)
    {
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (FileNotFoundException)
        {
            throw new UsageException($"--config: file {path} does not exist");
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{path}: the config must be a JSON object of option names and values");
            }

            var options = AllOptions(command).ToList();
            var given = new HashSet<string>(args.Where(a => a.StartsWith('-')).Select(a => a.Split('=')[0]), StringComparer.Ordinal);
            var merged = new List<string>(args);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                string name = "--" + property.Name.TrimStart('-');
                var option = options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
                if (option is null || option == GlobalOptions.Config)
                {
                    string known = string.Join(", ", options.Where(o => o != GlobalOptions.Config).Select(o => o.Name.TrimStart('-')).Order(StringComparer.Ordinal));
                    throw new UsageException($"{path}: unknown option '{property.Name}' for command '{command.Name}'; options are: {known}");
                }

                if (given.Contains(option.Name) || option.Aliases.Any(given.Contains))
                {
                    continue;
                }

                foreach (string value in Values(property.Value, path, property.Name))
                {
                    merged.Add(option.Name);
                    merged.Add(value);
                }
            }

            return [.. merged];
        }
    }

    private static IEnumerable<Option> AllOptions(Command command)
    {
        var options = new List<Option>(command.Options);
        options.AddRange(GlobalOptions.All);
        return options.Distinct();
    }

    private static IEnumerable<string> Values(JsonElement value, string path, string key) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Number => [value.GetRawText()],
        JsonValueKind.True => ["true"],
        JsonValueKind.False => ["false"],
        JsonValueKind.Object => [value.GetRawText()],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(v => Values(v, path, key)),
        _ => throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{path}: option '{key}' has no usable value ({value.ValueKind})")),
    };
}
