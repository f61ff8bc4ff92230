using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Checking a format before any file is opened.</summary>
internal sealed partial record DelimitedFormat
{
    /// <summary>Every problem with the format, each naming the option (<c>channels[1].station: must not be empty</c>).</summary>
    public IReadOnlyList<OptionError> Validate()
    {
        var errors = new List<OptionError>();
        void Add(string option, string message) => errors.Add(new OptionError(option, message));

        bool layoutOk = TryLayout(out var layout, out char delimiter, out string? layoutError);
        if (!layoutOk)
        {
            Add("delimiter", layoutError!);
        }

        if (layoutOk && layout == FieldLayout.FixedWidth && (ColumnWidths.Count == 0 || ColumnWidths.Any(w => w <= 0)))
        {
            Add("columnWidths", $"delimiter 'fixed' needs positive column widths, got [{string.Join(", ", ColumnWidths)}]");
        }
        else if (layoutOk && layout != FieldLayout.FixedWidth && ColumnWidths.Count > 0)
        {
            Add("columnWidths", "only used with delimiter 'fixed'");
        }

        if (SkipRows < 0)
        {
            Add("skipRows", $"must be 0 or more, got {SkipRows}");
        }

        if (TimeColumns.Count == 0)
        {
            Add("timeColumns", "give at least one time column");
        }

        for (int i = 0; i < TimeColumns.Count; i++)
        {
            CheckColumn($"timeColumns[{i}]", TimeColumns[i], Add);
        }

        CheckTime(Add);
        if (DecimalSeparator is not ("." or ","))
        {
            Add("decimalSeparator", $"must be '.' or ',', got '{DecimalSeparator}'");
        }
        else if (DecimalSeparator == "," && layoutOk && layout == FieldLayout.Delimited && delimiter == ',')
        {
            Add("decimalSeparator", "',' cannot be both the decimal separator and the delimiter; use delimiter ';' or 'tab'");
        }

        if (Step is TimeSpan step && step <= TimeSpan.Zero)
        {
            Add("step", $"must be positive, got {step}");
        }

        if (Missing.Any(m => m is null))
        {
            Add("missing", "must not contain null");
        }

        CheckChannels(Add);
        return errors;
    }

    /// <summary>The field layout and delimiter character this format names.</summary>
    internal bool TryLayout(out FieldLayout layout, out char delimiter, out string? error)
    {
        layout = FieldLayout.Delimited;
        delimiter = ',';
        error = null;
        switch (Delimiter)
        {
            case "whitespace":
                layout = FieldLayout.Whitespace;
                return true;
            case "fixed":
                layout = FieldLayout.FixedWidth;
                return true;
            case "tab" or "\\t" or "\t":
                delimiter = '\t';
                return true;
            case { Length: 1 } s when s[0] is not ('"' or '\r' or '\n') && !char.IsLetterOrDigit(s[0]) && s[0] != '.':
                delimiter = s[0];
                return true;
            default:
                error = $"must be one character (',', ';', '|', 'tab'), 'whitespace' or 'fixed', got '{Delimiter}'";
                return false;
        }
    }

    private void CheckColumn(string option, ColumnRef column, Action<string, string> add)
    {
        if (column.IsEmpty || (column.Name is not null && column.Name.Trim().Length == 0))
        {
            add(option, "give a header name or a 1-based column number");
        }
        else if (column.Name is null && column.Number < 1)
        {
            add(option, $"column numbers start at 1, got {column.Number}");
        }
        else if (column.Name is not null && !HasHeader)
        {
            add(option, $"column {column} is given by name but hasHeader is false; give its number");
        }
        else if (column.Name is null && Delimiter == "fixed" && column.Number > ColumnWidths.Count && ColumnWidths.Count > 0)
        {
            add(option, $"column #{column.Number} is beyond the {ColumnWidths.Count} fixed-width columns");
        }
    }

    private void CheckTime(Action<string, string> add)
    {
        string format = TimeFormat ?? string.Empty;
        bool since = format.EndsWith("-since", StringComparison.Ordinal);
        if (format.Length == 0)
        {
            add("timeFormat", "must not be empty");
        }
        else if (since && DelimitedTimeParser.SinceUnit(format) is null)
        {
            add("timeFormat", $"'{format}' is not one of seconds-since, minutes-since, hours-since, days-since");
        }
        else if (!DelimitedTimeParser.IsNamed(format) && DelimitedTimeParser.CheckCustom(format) is string problem)
        {
            add("timeFormat", problem);
        }

        if (TimeColumns.Count > 1 && DelimitedTimeParser.IsNamed(format) && format != Formats.Iso)
        {
            add("timeColumns", $"several time columns need an iso or a custom time format, not '{format}'");
        }

        if (since && string.IsNullOrWhiteSpace(TimeOrigin))
        {
            add("timeOrigin", $"timeFormat '{format}' needs an origin (ISO 8601, for example 2000-01-01T00:00:00Z)");
        }
        else if (!since && TimeOrigin is not null)
        {
            add("timeOrigin", $"only used with a '*-since' time format, not '{format}'");
        }
        else if (since && !IsoTime.TryParse(TimeOrigin.AsSpan().Trim(), out _, out _))
        {
            add("timeOrigin", $"'{TimeOrigin}' is not an ISO 8601 time");
        }

        if (!UtcOffsetText.TryParse(TimeZone, out _))
        {
            add("timeZone", $"'{TimeZone}' is not a fixed UTC offset ('UTC', '+09:00', 'UTC+8', '-0330') within ±14 h");
        }
    }

    private void CheckChannels(Action<string, string> add)
    {
        if (Channels.Count == 0)
        {
            add("channels", "map at least one value column to a channel");
        }

        var seen = new HashSet<(string, string, string)>();
        for (int i = 0; i < Channels.Count; i++)
        {
            string at = $"channels[{i}]";
            var c = Channels[i];
            if (c is null)
            {
                add(at, "must not be null");
                continue;
            }

            CheckColumn($"{at}.column", c.Column, add);
            CheckCode($"{at}.network", c.Network, add);
            CheckCode($"{at}.station", c.Station, add);
            if (c.Channel is not null || c.Column.Name is null)
            {
                CheckCode($"{at}.channel", c.Channel, add, c.Column.Name is null ? " (required when the column is given by number)" : string.Empty);
            }

            if (!Enum.IsDefined(c.Kind))
            {
                add($"{at}.kind", $"must be one of {KindNames.ChannelKinds}");
            }

            if (c.Location is { } l && (!(l.Latitude is >= -90 and <= 90) || !(l.Longitude is >= -180 and <= 360) || double.IsInfinity(l.ElevationMetres)))
            {
                add($"{at}.location", $"latitude must be in -90..90 and longitude in -180..360, got {l.Latitude}, {l.Longitude}");
            }

            string code = c.Channel ?? c.Column.Name ?? string.Empty;
            if (!seen.Add((c.Network ?? string.Empty, c.Station ?? string.Empty, code)))
            {
                add(at, $"channel {c.Network}.{c.Station}.{code} is mapped twice");
            }
        }
    }

    private static void CheckCode(string option, string? value, Action<string, string> add, string hint = "")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            add(option, "must not be empty" + hint);
        }
        else if (value.Any(char.IsControl))
        {
            add(option, $"'{value}' contains a control character");
        }
    }

    /// <summary>Throws when <see cref="Validate"/> finds problems.</summary>
    /// <exception cref="OptionsException">Every problem, each naming its option.</exception>
    internal void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new OptionsException("delimited format", errors);
        }
    }

    /// <summary>The offset of naive stamps (valid formats only).</summary>
    internal TimeSpan ZoneOffset => UtcOffsetText.TryParse(TimeZone, out var offset) ? offset : TimeSpan.Zero;

    /// <summary>The number format for value fields.</summary>
    internal NumberFormatInfo Numbers => DecimalSeparator == ","
        ? new NumberFormatInfo { NumberDecimalSeparator = ",", NegativeSign = "-", PositiveSign = "+" }
        : NumberFormatInfo.InvariantInfo;
}
