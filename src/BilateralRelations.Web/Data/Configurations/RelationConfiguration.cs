using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class RelationConfiguration : IEntityTypeConfiguration<Relation>
{
    public void Configure(EntityTypeBuilder<Relation> builder)
    {
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.HasIndex(r => r.FileName).IsUnique();
        builder.HasOne(r => r.CountryA).WithMany().HasForeignKey(r => r.CountryAId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.CountryB).WithMany().HasForeignKey(r => r.CountryBId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.RelationId).OnDelete(DeleteBehavior.Cascade);
    }
}
