using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>Checking a catalog mapping before any file is opened.</summary>
internal sealed partial record CatalogMapping
{
    /// <summary>Every problem with the mapping, each naming the option (<c>magnitude: give a header name or a 1-based column number</c>).</summary>
    public IReadOnlyList<OptionError> Validate()
    {
        var errors = new List<OptionError>();
        void Add(string option, string message) => errors.Add(new OptionError(option, message));

        // Layout, time format, zone and decimal separator: the station format's own checks, on the shared options.
        foreach (var e in TextFormat().Validate())
        {
            if (!e.Option.StartsWith("channels", StringComparison.Ordinal) && !(e.Option == "timeColumns" && TimeColumns.Count == 0))
            {
                errors.Add(e);
            }
        }

        bool byColumns = TimeColumns.Count > 0;
        bool byParts = Year is not null;
        if (byColumns == byParts)
        {
            Add("timeColumns", byColumns
                ? "give the time either as timeColumns or as year (month, day, hour, minute, second), not both"
                : "give the origin time: timeColumns, or year (with month, day, hour, minute, second as the file has them)");
        }

        if (!byParts)
        {
            foreach (var (name, column) in Parts().Skip(1))
            {
                if (column is not null)
                {
                    Add(name, "only used with a year column");
                }
            }
        }

        if (Month is null && (Day is not null || Hour is not null || Minute is not null || Second is not null))
        {
            Add("month", "day, hour, minute and second need a month column (without one the year is a decimal year)");
        }

        CheckColumn("latitude", Latitude, Add);
        CheckColumn("longitude", Longitude, Add);
        CheckColumn("magnitude", Magnitude, Add);
        foreach (var (name, column) in Optional())
        {
            if (column is ColumnRef c)
            {
                CheckColumn(name, c, Add);
            }
        }

        if (MagnitudeTypeValue is not null && string.IsNullOrWhiteSpace(MagnitudeTypeValue))
        {
            Add("magnitudeTypeValue", "must not be blank");
        }

        return errors;
    }

    /// <summary>Throws when <see cref="Validate"/> finds problems.</summary>
    /// <exception cref="OptionsException">Every problem, each naming its option.</exception>
    internal void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new OptionsException("catalog mapping", errors);
        }
    }

    /// <summary>The station-file format that carries this mapping's layout and time options, so both share one parser.</summary>
    internal DelimitedFormat TextFormat() => new()
    {
        Delimiter = Delimiter,
        ColumnWidths = ColumnWidths,
        HasHeader = HasHeader,
        CommentPrefix = CommentPrefix,
        SkipRows = SkipRows,
        TimeColumns = TimeColumns.Count > 0 ? TimeColumns : [ColumnRef.At(1)],
        TimeFormat = TimeFormat,
        TimeOrigin = TimeOrigin,
        TimeZone = TimeZone,
        Missing = Missing,
        DecimalSeparator = DecimalSeparator,
    };

    /// <summary>The time-part columns, year first.</summary>
    internal IEnumerable<(string Name, ColumnRef? Column)> Parts() =>
        [("year", Year), ("month", Month), ("day", Day), ("hour", Hour), ("minute", Minute), ("second", Second)];

    /// <summary>Every optional column with its option name.</summary>
    internal IEnumerable<(string Name, ColumnRef? Column)> Optional() =>
        [.. Parts(), ("depth", Depth), ("magnitudeType", MagnitudeType), ("id", Id)];

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
    }
}
