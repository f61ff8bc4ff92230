using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic.Seismicity;

/// <content>Validation: every problem at once, each naming the option as it is written in configuration.</content>
internal sealed partial record EtasSpec
{
    /// <summary>Every problem with the spec (empty when valid); each names its option, e.g. <c>k: the branching ratio ... is 1.2</c>.</summary>
    public IReadOnlyList<OptionError> Validate()
    {
        var errors = new List<OptionError>();
        void Fail(string property, string message) => errors.Add(OptionError.For(property, message));

        if (string.IsNullOrEmpty(Network) || Network.Length > 8 || !Network.All(char.IsAsciiLetterOrDigit))
        {
            Fail(nameof(Network), $"must be 1..8 letters or digits, got '{Network}'");
        }

        if (Duration < TimeSpan.FromDays(1) || Duration > TimeSpan.FromDays(200 * 365.25))
        {
            Fail(nameof(Duration), $"must be 1 day..200 years, got {Duration}");
        }

        if (Start.Year is < 1900 or > 2200)
        {
            Fail(nameof(Start), $"must be within 1900..2200, got {Start:O}");
        }

        var regionErrors = Region?.Validate(OptionError.ConfigName(nameof(Region))).ToList() ?? [OptionError.For(nameof(Region), "must be given")];
        errors.AddRange(regionErrors);
        Range(nameof(BackgroundRate), BackgroundRate, 0, 1000);
        Range(nameof(MinMagnitude), MinMagnitude, -2, 9);
        Range(nameof(MaxMagnitude), MaxMagnitude, -2, 10);
        if (MaxMagnitude <= MinMagnitude)
        {
            Fail(nameof(MaxMagnitude), $"must be above minMagnitude ({MinMagnitude}), got {MaxMagnitude}");
        }

        bool productivityOk = Range(nameof(B), B, 0.3, 3) & Range(nameof(K), K, 0, 100) & Range(nameof(Alpha), Alpha, 0, 3);
        Range(nameof(OmoriC), OmoriC, 1e-6, 10);

        if (!double.IsFinite(OmoriP) || OmoriP <= 1 || OmoriP > 3)
        {
            Fail(nameof(OmoriP), $"must be above 1 and at most 3 (the Omori-Utsu density must be normalisable), got {OmoriP}");
        }

        if (!Enum.IsDefined(Kernel))
        {
            Fail(nameof(Kernel), $"unknown kernel {(int)Kernel}");
        }

        if (!double.IsFinite(KernelDistance) || KernelDistance <= 0 || KernelDistance > 1000)
        {
            Fail(nameof(KernelDistance), $"must be above 0 and at most 1000 km, got {KernelDistance}");
        }

        if (!double.IsFinite(KernelExponent) || KernelExponent <= 1 || KernelExponent > 10)
        {
            Fail(nameof(KernelExponent), $"must be above 1 and at most 10, got {KernelExponent}");
        }

        Range(nameof(MinDepthKm), MinDepthKm, -10, 800);
        Range(nameof(MaxDepthKm), MaxDepthKm, -10, 800);
        if (MaxDepthKm < MinDepthKm)
        {
            Fail(nameof(MaxDepthKm), $"must be at least minDepthKm ({MinDepthKm}), got {MaxDepthKm}");
        }

        ValidateSources(regionErrors.Count == 0, Fail);

        if (productivityOk && MaxMagnitude > MinMagnitude && double.IsFinite(MaxMagnitude - MinMagnitude))
        {
            double n = BranchingRatio;
            if (n >= 1)
            {
                Fail(
                    nameof(K),
                    $"the branching ratio n = K·b/(b − α)·(1 − 10^(−(b − α)(Mmax − Mmin)))/(1 − 10^(−b(Mmax − Mmin))) is {n:0.###} " +
                    $"for k {K}, alpha {Alpha}, b {B}, magnitudes {MinMagnitude}..{MaxMagnitude}; it must be below 1 " +
                    "(at n ≥ 1 every event has on average one or more direct aftershocks and the catalog explodes)");
            }
        }

        return errors;

        bool Range(string property, double value, double low, double high)
        {
            if (!double.IsFinite(value) || value < low || value > high)
            {
                Fail(property, $"must be {low}..{high}, got {value}");
                return false;
            }

            return true;
        }
    }

    /// <summary>Throws <see cref="OptionsException"/> with every problem when the spec is invalid.</summary>
    /// <exception cref="OptionsException">The spec has at least one problem.</exception>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new OptionsException("etas catalog", errors);
        }
    }

    private void ValidateSources(bool regionValid, Action<string, string> fail)
    {
        if (BackgroundSources is null)
        {
            fail(nameof(BackgroundSources), "must be given (empty for uniform)");
            return;
        }

        for (int i = 0; i < BackgroundSources.Count; i++)
        {
            var s = BackgroundSources[i];
            string where = $"source {i}";
            if (s is null)
            {
                fail(nameof(BackgroundSources), $"{where} is missing");
                continue;
            }

            if (!double.IsFinite(s.SigmaKm) || s.SigmaKm <= 0 || s.SigmaKm > 10000)
            {
                fail(nameof(BackgroundSources), $"{where}: sigmaKm must be above 0 and at most 10000, got {s.SigmaKm}");
            }

            if (!double.IsFinite(s.Weight) || s.Weight <= 0)
            {
                fail(nameof(BackgroundSources), $"{where}: weight must be positive, got {s.Weight}");
            }

            if (regionValid && !SpatialKernel.Contains(Region!, s.Latitude, s.Longitude))
            {
                fail(nameof(BackgroundSources), $"{where}: centre ({s.Latitude}, {s.Longitude}) must lie inside the region");
            }
        }
    }
}
